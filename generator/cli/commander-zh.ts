/**
 * commander prints its usage errors and help titles in English; users read Chinese.
 * Every command routes its error output and its help through here (main.ts).
 */
import type { Command } from 'commander';

export function translateCommanderError(str: string, command: string): string {
  const unknownOption = /unknown option '([^']+)'/.exec(str);
  if (unknownOption) return `不认识的选项 ${unknownOption[1]}。用 ${command} --help 查看可用的选项。`;
  const unknownCommand = /unknown command '([^']+)'/.exec(str);
  if (unknownCommand) return `不认识的命令“${unknownCommand[1]}”，可用命令：check（检查台账）、report（生成调研报告）。`;
  if (/missing required argument/.test(str)) return `缺少参数：请给出工作簿文件或文件夹。用 ${command} --help 查看用法。`;
  const noValue = /option '([^', ]+)[^']*' argument missing/.exec(str);
  if (noValue) return `选项 ${noValue[1]} 缺少取值。`;
  const mandatory = /required option '([^' ]+)[^']*' not specified/.exec(str);
  if (mandatory) return `缺少必需的选项 ${mandatory[1]}。`;
  if (/too many arguments/.test(str)) return `参数过多。用 ${command} --help 查看用法。`;
  return str.replace(/^error:\s*/, '').trim();
}

/** Chinese usage errors and exit-by-exception for a command and its subcommands. */
export function chineseErrors(cmd: Command, name: string): Command {
  cmd.exitOverride().configureOutput({
    outputError: (str, write) => write(`用法错误：${translateCommanderError(str, name)}\n`),
  });
  for (const sub of cmd.commands) chineseErrors(sub, `${name} ${sub.name()}`);
  return cmd;
}

const HELP_TITLES: Record<string, string> = {
  'Usage:': '用法：', 'Arguments:': '参数：', 'Options:': '选项：', 'Commands:': '命令：', 'Global Options:': '全局选项：',
};

/** Chinese section titles in the help of a command and its subcommands (`dangjian check --help`, `dangjian help report`). */
export function chineseHelp(cmd: Command): Command {
  cmd.configureHelp({
    styleTitle: (title) => HELP_TITLES[title] ?? title,
    styleUsage: zhTerms,
    styleSubcommandTerm: zhTerms,
    // Chinese characters take two terminal columns: the descriptions line up only if counted so
    displayWidth: (str) => str.replace(/\x1b\[\d*(;\d+)*m/g, '').replace(/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g, '  ').length,
  });
  for (const sub of cmd.commands) chineseHelp(sub);
  return cmd;
}

/** commander's own placeholders in the usage line and the command list (`[options]`, `[command]`). */
function zhTerms(text: string): string {
  return text.replace(/\[options\]/g, '[选项]').replace(/\[command\]/g, '[命令]');
}
