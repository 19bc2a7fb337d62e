/**
 * The Chinese messages of ReadError: each names the file, says what is wrong and how to fix it.
 * One place, so the CLI, the bulk run and the streaming reader say the same thing.
 */
import { ReadError, type ReadErrorCode } from './read-error.js';

const SAVE_AS = '请用 Excel 或 WPS 打开后“另存为”Excel 工作簿（.xlsx）再提交';

const MESSAGES: Record<ReadErrorCode, (file: string, detail: string) => string> = {
  NOT_FOUND: (f) => `找不到文件“${f}”，或它不是一个文件。请检查路径是否正确。`,
  EMPTY_FILE: (f) => `文件“${f}”是空的（0 字节），可能上传或复制时中断。请重新获取原始工作簿后再提交。`,
  NOT_XLSX: (f, d) => `文件“${f}”不是 Excel 工作簿${d ? `（${d}）` : ''}。${SAVE_AS}。`,
  CSV: (f) => `文件“${f}”是文本/CSV 格式，只是扩展名像 Excel 工作簿。${SAVE_AS}。`,
  // WPS's own .et is the same kind of binary file
  XLS_BIFF: (f) => /\.ett?$/i.test(f) ? `文件“${f}”：这是 WPS 表格格式（.et），请用 WPS 打开后“另存为”Excel 工作簿（.xlsx）再提交。`
    : `文件“${f}”：这是 Excel 97-2003 格式（.xls），${SAVE_AS}。`,
  ENCRYPTED: (f) => `文件“${f}”：工作簿设置了打开密码，请取消密码后另存为 .xlsx 再提交。`,
  ZIP_BOMB: (f, d) => `文件“${f}”解压后的大小异常${d ? `（${d}）` : ''}，为安全起见不予读取。请确认文件来源，${SAVE_AS}。`,
  CORRUPT: (f, d) => `文件“${f}”已损坏或不完整${d ? `（${d}）` : ''}，无法读取。请重新获取原始文件，或用 Excel/WPS 打开修复后另存为 .xlsx。`,
  TOO_LARGE: (f, d) => `文件“${f}”过大${d ? `（${d}）` : ''}，超出台账检查能处理的范围。请删除与台账无关的工作表或空白行列后再提交。`,
  NO_SHEETS: (f) => `文件“${f}”中没有任何有内容的工作表。请确认提交的是填写好的台账工作簿。`,
  NO_LEDGER: (f) => `文件“${f}”中没有找到党员名册、党费收缴台账或三会一课记录。请确认提交的是党支部台账工作簿。`,
  IO: (f, d) => `读取文件“${f}”失败${d ? `（${d}）` : ''}。请检查文件是否被占用或没有读取权限。`,
};

/** Builds the ReadError for a code with its standard Chinese message; `detail` is a short Chinese clause. */
export function readError(code: ReadErrorCode, file: string, detail = '', cause?: unknown): ReadError {
  return new ReadError(code, file, MESSAGES[code](file, detail), cause === undefined ? undefined : { cause });
}

/**
 * An archive (.zip, .rar, .7z) among the workbooks: its files are not read (NOT_XLSX). `workbooks` is
 * how many Excel workbooks a zip holds, or null where the format cannot be listed (RAR, 7z).
 */
export function archiveError(file: string, workbooks: number | null): ReadError {
  const unzip = '请先把它解压到文件夹中，再对该文件夹运行检查（压缩包本身可移出该文件夹）';
  const message = workbooks === 0
    ? `文件“${file}”是压缩包，其中没有 Excel 工作簿，未读取。如是报送材料，请解压后检查其中的文件；与台账无关的压缩包可移出该文件夹。`
    : `文件“${file}”是压缩包${workbooks == null ? '' : `（内含 ${workbooks} 个 Excel 工作簿）`}，压缩包中的工作簿不会被读取。${unzip}。`;
  return new ReadError('NOT_XLSX', file, message);
}
