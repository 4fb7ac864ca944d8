// `npm run size` (size-limit, after `npm run build`): the size budget of what a WeChat page loads,
// gzip level 9 as a server sends it. `npm test` fails when a bundle is over its limit.
//
// The goal (issue 18) is 24 KB gzip for the one-file bundle with both locales, and 20 KB beyond it.
// Until the render core v2 work lands, the enforced limit is the size measured when size-limit
// replaced scripts/size.mjs plus 0.3 KB, so the bundle cannot grow meanwhile: lower it to 24 KB
// when the bundle is there. `npm run size:parts` shows where the bytes are.
// KiB: 1024 bytes, the unit the budgets are written in.
export default [
  {
    name: 'bundle, ES module, both locales (dist/bundle/disclosure-report.js)',
    path: 'dist/bundle/disclosure-report.js',
    limit: '37.1 KiB',
    gzip: true,
  },
  {
    name: 'bundle, classic script, both locales (dist/bundle/disclosure-report.iife.js)',
    path: 'dist/bundle/disclosure-report.iife.js',
    limit: '37 KiB',
    gzip: true,
  },
];
