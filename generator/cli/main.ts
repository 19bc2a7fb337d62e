/**
 * The `dangjian` command line: `check` and `report`.
 * Usage errors exit with code 2 and a Chinese message (ARCHITECTURE.md contract).
 */
import { Command, CommanderError } from 'commander';
import { checkCommand } from './check-command.js';
import { reportCommand } from './report-command.js';
import { chineseErrors, chineseHelp } from './commander-zh.js';
import { UsageError } from './usage-error.js';

async function main(argv: string[]): Promise<number> {
  const program = new Command('dangjian')
    .description('党建台账助手：检查党支部台账，生成调研报告')
    .version('0.1.0', '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .addCommand(checkCommand())
    .addCommand(reportCommand());
  for (const cmd of program.commands) cmd.helpOption('-h, --help', '显示帮助');
  chineseErrors(program, 'dangjian');
  chineseHelp(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // commander has already printed the (translated) message
      // `dangjian` alone prints the help as an error (exitCode 1): a usage error for us
      if (e.code === 'commander.help') return e.exitCode === 0 ? 0 : 2;
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`用法错误：${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`程序出错：${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
