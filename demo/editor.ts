// The editor demo (demo/editor.html, served by `npm start` at /editor.html): ?report=<example id>
// starts from one of the example reports (/reports/<id>.json, see vite.config.ts), ?lang=en
// shows the interface in English; without them a blank report.
import '../src/editor/define.js';

const query = new URLSearchParams(location.search);
const editor = document.querySelector('report-editor')!;
const example = query.get('report');
if (example && /^[\w-]+$/.test(example)) editor.src = `/reports/${example}.json`;
if (query.get('lang') === 'en') editor.setAttribute('lang', 'en');
editor.addEventListener('report-save', (event) => console.info('report-save', event.detail.report));
