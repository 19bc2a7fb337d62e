// STUB: replaced by the rule catalogue.
import type { Finding } from '../findings/finding.js';
import type { RuleContext, Rule } from '../findings/rule.js';

export const RULES: Rule[] = [];

export function runRules(ctx: RuleContext): Finding[] {
  return RULES.flatMap((r) => r.check(ctx));
}
