/**
 * Browser fuzzing: mutated reports (test/support/report-mutations.js, fixed seed) rendered one
 * after another into the same element of each kind. No uncaught exception or unhandled
 * rejection may reach the window, the render must finish, and the element must always show
 * something: the report (possibly partial) or a message.
 */
import {expect, fixture, html} from '@open-wc/testing';
import fc from 'fast-check';
import '../../../src/all.js';
import type {ReportElement} from '../../../src/components/base/report-element.js';
import {huaian2024, xiguan2024} from '../../../src/examples/index.js';
import {LIMITS} from '../../../src/model/limits.js';
import {mutatedReport} from '../../support/report-mutations.js';
import {deepAll} from '../../support/report-helpers.js';

const SEED = 20210330;
const CASES = 300;

const ELEMENTS: [name: string, make: () => ReportElement][] = [
  ['disclosure-table proactive', () => Object.assign(document.createElement('disclosure-table'), {table: 'proactive'})],
  [
    'disclosure-table requests',
    () => Object.assign(document.createElement('disclosure-table'), {table: 'requests', audit: true}),
  ],
  ['appeal-litigation-grid', () => Object.assign(document.createElement('appeal-litigation-grid'), {bilingual: true})],
  ['report-section overview', () => Object.assign(document.createElement('report-section'), {section: 'overview'})],
  ['disclosure-report', () => Object.assign(document.createElement('disclosure-report'), {audit: true})],
];

/** Text a reader sees in the element, through nested shadow roots. */
function shownText(element: Element): string {
  const roots = [element.shadowRoot!, ...deepAll(element, '*').flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))];
  return roots
    .map((root) => root.textContent ?? '')
    .join(' ')
    .trim();
}

const PROTOTYPES = [
  Object.prototype,
  Array.prototype,
  Function.prototype,
  String.prototype,
  HTMLElement.prototype,
  Element.prototype,
];
const prototypeShape = () => PROTOTYPES.map((p) => Reflect.ownKeys(p).map(String).sort().join()).join('|');
const pristine = prototypeShape();

/** A report file with prototype keys in the root, annotations, narrative texts and parts, and a table row. */
function hostileKeysText(key: string): string {
  const poison = `{"polluted": "yes", "toString": "x", "constructor": {"prototype": {"polluted": "yes"}}}`;
  const report = {
    ...structuredClone(huaian2024),
    annotations: {'proactive.penalties': '注'},
    overview: {paragraphs: [{zh: '段'}], parts: [{title: '标题', paragraphs: ['段']}]},
  };
  let text = JSON.stringify(report);
  for (const anchor of ['{', '"annotations":{', '"paragraphs":[{', '"parts":[{', '"newReceived":{']) {
    text = text.replace(anchor, `${anchor}"${key}": ${poison},`);
  }
  return text;
}

async function settled(element: Element): Promise<void> {
  const hosts = () =>
    [element, ...deepAll(element, '*')].filter((e) => 'updateComplete' in e) as unknown as {
      updateComplete: Promise<boolean>;
    }[];
  await Promise.all(hosts().map((h) => h.updateComplete));
  await Promise.all(hosts().map((h) => h.updateComplete));
}

describe(`browser fuzz: ${CASES} mutated reports into each element (seed ${SEED})`, () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  const reports = fc.sample(mutatedReport([huaian2024, xiguan2024], {json: false, textLength: LIMITS.textLength}), {
    numRuns: CASES,
    seed: SEED,
  });

  for (const [name, make] of ELEMENTS) {
    it(`${name}: never throws, never blank`, async function () {
      this.timeout(120000);
      errors.length = 0;
      const container = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
      const element = make();
      container.append(element);
      const blank: number[] = [];
      for (const [index, report] of reports.entries()) {
        element.report = report;
        await settled(element);
        if (!shownText(element)) blank.push(index);
      }
      // A last frame lets resize-driven renders and late rejections surface.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors, 'uncaught errors').to.deep.equal([]);
      expect(prototypeShape(), 'a prototype changed').to.equal(pristine);
      expect(
        blank.map((i) => JSON.stringify(reports[i]).slice(0, 300)),
        'blank renders',
      ).to.deep.equal([]);
    });
  }

  it('the same cases with the element re-created for each (first render, not only updates)', async function () {
    this.timeout(120000);
    errors.length = 0;
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    for (const report of reports.slice(0, 60)) {
      for (const [, make] of ELEMENTS) {
        const element = make();
        element.report = report;
        container.replaceChildren(element);
        await settled(element);
        expect(shownText(element)).not.to.equal('');
      }
    }
    expect(errors).to.deep.equal([]);
  });
});

describe('prototype keys in a rendered report', () => {
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    it(`"${key}" in the root, annotations, narrative and a row: rendered, no prototype touched`, async () => {
      const text = hostileKeysText(key);
      expect(Object.hasOwn(JSON.parse(text).annotations, key)).to.equal(true);
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      for (const [, make] of ELEMENTS) {
        const element = make();
        element.report = JSON.parse(text);
        container.replaceChildren(element);
        await settled(element);
        expect(shownText(element)).not.to.include('polluted');
        expect(shownText(element)).not.to.equal('');
      }
      const inline = document.createElement('disclosure-report');
      inline.innerHTML = '<script type="application/json"></script>';
      inline.firstElementChild!.textContent = text;
      container.replaceChildren(inline);
      await settled(inline);
      expect(deepAll(inline, 'td[data-path="proactive.penalties"]').length).to.be.greaterThan(0);
      expect(prototypeShape()).to.equal(pristine);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  }
});
