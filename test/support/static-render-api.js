// wtr middleware: the static renderer (src/static/, built for Node by `npm run build:node`) for
// browser tests that compare its output with the elements.
//
//   POST /static-api/render?mode=page|fragment|dsd&lang=zh-CN|en&bilingual=1&audit=1
//        body: report JSON → the HTML renderReportHtml() gives for it
async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function staticRenderApi(context, next) {
  if (context.path !== '/static-api/render') return next();
  const {renderReportHtml} = await import('../../dist/node/static/index.js');
  const {mode, lang, bilingual, audit} = context.query;
  const report = JSON.parse(await readBody(context.req));
  context.type = 'text/html';
  context.body = renderReportHtml(report, {mode, lang, bilingual: bilingual === '1', audit: audit === '1'});
  return undefined;
}
