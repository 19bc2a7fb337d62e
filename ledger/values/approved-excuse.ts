/**
 * A note saying a member is excused from organisational life with approval ("长期卧床，经支部委员会
 * 研究同意不参加集中组织生活", "援疆，经党委批准"). 党章第九条 holds six months away against a member only
 * "没有正当理由": an excuse the branch or a higher committee approved is one, so C11 leaves the member
 * alone. An excuse alone ("卧床") is left for the branch to confirm (C11 asks), and so is approval of
 * nothing named (a reason must be given for it), so both must be there.
 */

/** Reasons a member cannot attend: illness, posting away, abroad. */
const EXCUSE = /卧床|病|住院|手术|外派|援疆|援藏|援青|驻村|出国|出境|留学|产假/;
/** Said to be approved: 经…同意, 经…批准, 批准, 研究同意, 准假 (within one clause). */
const APPROVED = /经[^，。；,;]{0,20}?(?:同意|批准)|批准|研究同意|准假/;
/** Approval denied or not yet given ("未经批准", "尚未批准", "不同意"): removed before looking for approval. */
const NOT_APPROVED = /(?:未经|未|没有|没|不予|不|尚未)[^，。；,;]{0,6}?(?:同意|批准|准假)/g;

export function approvedExcuse(note: string | null | undefined): boolean {
  if (!note || !EXCUSE.test(note)) return false;
  return APPROVED.test(note.replace(NOT_APPROVED, ''));
}
