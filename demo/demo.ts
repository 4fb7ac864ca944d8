// The demo's controls: which report, how wide the article column is, audit, and language.
// Everything else on the page is plain HTML a CMS author can copy.
import '../src/all.js';
import {setUpDropZone} from './drop-zone.js';

const report = document.querySelector('disclosure-report')!;
const host = document.querySelector<HTMLElement>('#report-host')!;
const article = document.querySelector<HTMLElement>('#article')!;
const tryImport = document.querySelector<HTMLElement>('#try-import')!;
setUpDropZone(tryImport);

function press(group: string, pressed: Element): void {
  for (const button of document.querySelectorAll(`[${group}]`))
    button.setAttribute('aria-pressed', String(button === pressed));
}

document.querySelector<HTMLSelectElement>('#choose-report')!.addEventListener('change', (event) => {
  report.src = `reports/${(event.target as HTMLSelectElement).value}.json`;
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-width]')) {
  button.addEventListener('click', () => {
    const width = button.dataset.width!;
    article.style.maxWidth = width === 'full' ? '' : `${width}px`;
    press('data-width', button);
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => {
    const choice = button.dataset.lang!;
    host.lang = choice === 'en' ? 'en' : 'zh-CN';
    tryImport.lang = host.lang;
    report.bilingual = choice === 'bilingual';
    press('data-lang', button);
  });
}

const audit = document.querySelector<HTMLButtonElement>('#audit')!;
audit.addEventListener('click', () => {
  report.audit = !report.audit;
  audit.setAttribute('aria-pressed', String(report.audit));
});
