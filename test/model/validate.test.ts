// The validator runs in the browser as it does in Node: same shape and checks, same
// issues for the malformed files, and no prototype of the page touched.
// Why a browser copy of a model test: the viewer validates in the page, from src/ as esbuild
// compiles it (not tsc's dist/node), with DOM objects about. validate.test.mjs (Node) is the full
// account of the validator; this file only shows the browser build agrees on the malformed files
// and that a DOM node handed in with a report is dropped, not thrown on.
import {expect} from '@open-wc/testing';
import {malformedCases} from '../../src/examples/malformed.js';
import {huaian2024} from '../../src/examples/huaian-2024.js';
import {parseReport, validateReport} from '../../src/model/validate.js';

describe('validateReport in the browser', () => {
  it('accepts the 淮安 example without an issue', () => {
    const result = validateReport(huaian2024);
    expect(result.valid).to.equal(true);
    expect(result.issues).to.deep.equal([]);
  });

  it('gives each malformed file its issue and leaves Object.prototype alone', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort().join();
    for (const item of malformedCases) {
      const result = parseReport(item.text);
      const found = result.issues.some((i) => i.path === item.expected.path && i.code === item.expected.code);
      expect(found, `${item.id}: ${JSON.stringify(result.issues)}`).to.equal(true);
      expect(result.valid, item.id).to.equal(item.valid);
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).to.equal(before);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('keeps a DOM node passed in by mistake out of the report without throwing', () => {
    const result = validateReport({...huaian2024, extra: document.body});
    expect(result.valid).to.equal(true);
    expect(result.report?.requests.newReceived.total).to.equal(huaian2024.requests.newReceived.total);
  });
});
