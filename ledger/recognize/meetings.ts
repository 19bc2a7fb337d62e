/** 三会一课 rows → Meeting records (DOMAIN.md §1, 支部工作条例 第十五条). */
import type { Finding } from '../findings/finding.js';
import type { Field, Meeting, MeetingsLedger } from '../model/ledger.js';
import { MEETINGS_SCHEMA } from '../schema/meetings-schema.js';
import { parseAbsentees } from '../values/absentees.js';
import { isElectionText, parseMeetingTypes } from '../values/meeting-types.js';
import type { HeaderBlock } from './header-match.js';
import { type FieldContext, schemaFieldReader } from './read-field.js';
import type { SheetView } from './sheet-view.js';
import { dataRows } from './table-rows.js';

const field = schemaFieldReader(MEETINGS_SCHEMA.fields);

export function readMeetings(view: SheetView, blocks: HeaderBlock[], first: HeaderBlock, issues: Finding[]): MeetingsLedger {
  const meetings: Meeting[] = [];
  for (const { row, block } of dataRows(view, blocks, first)) {
    const ctx: FieldContext = { view, issues, member: null };
    const typeText = field<string>(ctx, block, 'typeText', row, true);
    const topic = field<string>(ctx, block, 'topic', row);
    const absentText = field<string>(ctx, block, 'absentText', row);
    meetings.push({
      sheet: view.name,
      row,
      date: field(ctx, block, 'date', row),
      typeText,
      types: typeText.value ? parseMeetingTypes(typeText.value) : [],
      topic,
      host: field(ctx, block, 'host', row),
      speaker: field(ctx, block, 'speaker', row),
      expected: field(ctx, block, 'expected', row),
      present: field(ctx, block, 'present', row),
      leave: field(ctx, block, 'leave', row),
      absentText,
      absentees: absentText.value ? parseAbsentees(absentText.value) : [],
      recorder: field(ctx, block, 'recorder', row),
      isElection: isElectionText(`${typeText.value ?? ''} ${topic.value ?? ''}`),
    });
  }
  return { sheet: view.name, headerRow: first.row, meetings, columns: Object.fromEntries(first.columns) };
}
