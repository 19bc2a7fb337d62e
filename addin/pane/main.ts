/**
 * Entry of the task pane. Inside Excel: the pane. Anywhere else (a plain browser, an old host):
 * instructions on how to load the add-in, never a failure.
 */
import './styles.css';
import { applyOfficeTheme, registerFluent } from './theme.js';
import { sideloadHelpHtml } from './sideload-help.js';
import { startApp } from './app.js';
import { excelGateway } from '../office/excel-gateway.js';
import { detectCapabilities } from '../office/capabilities.js';
import { officeDocumentStore, type OfficeSettingsLike } from '../office/document-store.js';

interface OfficeLike {
  HostType: { Excel: string };
  onReady(cb?: (info: { host: string | null }) => void): Promise<{ host: string | null }>;
  context: {
    officeTheme?: { bodyBackgroundColor?: string; bodyForegroundColor?: string };
    requirements: { isSetSupported(name: string, version: string): boolean };
    document: { settings: OfficeSettingsLike };
  };
}

/** Office.onReady never settles in some non-Office pages; after this long, show the help. */
const READY_TIMEOUT_MS = 4000;

function showHelp(): void {
  const box = document.getElementById('outside-office')!;
  box.innerHTML = sideloadHelpHtml(location.href);
  box.hidden = false;
  document.getElementById('loading')?.remove();
  document.body.dataset.mode = 'help';
}

async function boot(): Promise<void> {
  registerFluent();
  const office = (globalThis as unknown as { Office?: OfficeLike }).Office;
  const excel = (globalThis as unknown as { Excel?: { run: typeof Excel.run } }).Excel;
  if (!office) return showHelp();
  const info = await Promise.race([
    office.onReady(),
    new Promise<null>((r) => setTimeout(() => r(null), READY_TIMEOUT_MS)),
  ]);
  if (!info || info.host !== office.HostType.Excel || !excel) return showHelp();
  applyOfficeTheme(office.context.officeTheme);
  const caps = detectCapabilities((n, v) => office.context.requirements.isSetSupported(n, v));
  document.getElementById('loading')?.remove();
  document.body.dataset.mode = 'excel';
  await startApp(document.getElementById('app')!, excelGateway(excel, caps, officeDocumentStore(office.context.document.settings)));
}

void boot();
