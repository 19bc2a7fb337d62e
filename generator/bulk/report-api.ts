/**
 * The one place the bulk run meets the report stage (generator/report, teammate 5's API):
 * load the template bank once per thread, compose, render.
 */
import type { BranchDigest } from '../../ledger/stats/stats-types.js';
import { composeBranchReport, composeSummaryReport } from '../report/compose-report.js';
import { loadTemplateBank } from '../report/load-template-bank.js';
import { renderDocx } from '../report/render-docx.js';
import { countOnce, type Intake } from '../report/intake.js';
import { exampleSummaryUnit } from '../report/investigating-unit.js';

export interface ReportTexts {
  /** overrides the report title */
  title?: string;
  /** issuing body (signature) */
  unit?: string;
  /** 成文日期 YYYY-MM-DD; default (report stage): the summary's 统计截止日期, so reruns are reproducible */
  date?: string;
}

type Bank = Awaited<ReturnType<typeof loadTemplateBank>>;
const banks = new Map<string, Promise<Bank>>();

function bankFor(dir: string | undefined): Promise<Bank> {
  const key = dir ?? '';
  let bank = banks.get(key);
  if (!bank) {
    bank = loadTemplateBank(dir);
    banks.set(key, bank);
    bank.catch(() => banks.delete(key));
  }
  return bank;
}

/** `title` is the summary's: each branch report keeps its own title (关于<支部>…). */
export async function renderBranchReport(digest: BranchDigest, templateDir: string | undefined, texts: ReportTexts): Promise<Uint8Array> {
  const doc = composeBranchReport(digest, await bankFor(templateDir), { ...texts, title: undefined });
  return renderDocx(doc);
}

/** `digests`: every branch read, in input order; `intake`: every workbook received, read or not. */
export async function renderSummaryReport(
  digests: BranchDigest[], templateDir: string | undefined, texts: ReportTexts, intake?: Intake,
): Promise<Uint8Array> {
  const doc = composeSummaryReport(digests, await bankFor(templateDir), { ...texts, intake });
  return renderDocx(doc);
}

/** The summary's 落款 where it is still the template's example (investigating-unit.ts), else null. */
export async function summaryExampleUnit(digests: BranchDigest[], templateDir: string | undefined, texts: ReportTexts): Promise<string | null> {
  if (digests.length === 0) return null;
  const bank = await bankFor(templateDir);
  return exampleSummaryUnit(texts.unit, bank.defaults.unit.text, countOnce(digests).map((d) => d.stats));
}

/** Load (and so validate) the template bank before the long run starts; throws TemplateError. */
export async function preloadTemplates(templateDir: string | undefined): Promise<void> {
  await bankFor(templateDir);
}
