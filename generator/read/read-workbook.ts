// STUB: replaced by the reader work (xlsx file → Grid).
import type { Grid } from '../../ledger/grid/grid.js';
import { ReadError } from './read-error.js';

export async function readWorkbookFile(file: string): Promise<Grid> {
  throw new ReadError('IO', file, `尚未实现：${file}`);
}
