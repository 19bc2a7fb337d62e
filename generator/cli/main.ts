/**
 * The `dangjian` command line: `check` and `report`.
 * Usage errors exit with code 2 and a Chinese message (ARCHITECTURE.md contract).
 */
import { Command, CommanderError } from 'commander';
import { checkCommand } from './check-command.js';
import { UsageError } from './usage-error.js';

const COMMANDER_ZH: Record<string, string> = {
  'commander.missingArgument': '缺少参数：请给出要检查的工作簿文件或文件夹。',
  'commander.unknownOption': '不认识的选项。',
  'commander.unknownCommand': '不认识的命令，可用命令：check、report。',
  'commander.optionMissingArgument': '选项缺少取值。',
  'commander.missingMandatoryOptionValue': '缺少必需的选项。',
  'commander.excessArguments': '参数过多。',
};

async function main(argv: string[]): Promise<number> {
  const program = new Command('dangjian')
    .description('党建台账助手：检查党支部台账，生成调研报告')
    .version('0.1.0', '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [command]', '显示某个命令的帮助')
    .showHelpAfterError('（用 dangjian --help 查看用法）')
    .exitOverride();
  program.addCommand(checkCommand());
  const report = await loadReportCommand();
  if (report) program.addCommand(report);
  for (const cmd of program.commands) cmd.exitOverride().helpOption('-h, --help', '显示帮助');
  program.configureOutput({
    outputError: (str, write) => {
      const code = /error: (.*)/.exec(str)?.[1] ?? str;
      write(`用法错误：${code.trim()}\n`);
    },
  });
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      const zh = COMMANDER_ZH[e.code];
      if (zh) process.stderr.write(zh + '\n');
      return 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`用法错误：${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

/** The report command is optional at build time so `check` works on its own. */
async function loadReportCommand(): Promise<Command | null> {
  try {
    const mod = (await import('./report-command.js')) as { reportCommand?: () => Command };
    return mod.reportCommand ? mod.reportCommand() : null;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return null;
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
