// In-page half of `npm run bench` (scripts/bench.mjs loads it into the bench page, beside the built
// bundle): builds the static twin of a rendered report and times the report against it.
//
// It drives the elements only through their public side (the <disclosure-report> tag, its `report`
// property, `lang` on an ancestor, Lit's `updateComplete`), and walks whatever shadow roots they
// render, so it measures whatever the elements become.
//
// The static twin is the whole rendered report as HTML: every shadow root as a declarative shadow
// root (<template shadowrootmode="open">) under the same host tag, its stylesheets as one <style>
// with the same rules, no comments (so none of Lit's markers), text escaped. It is parsed with
// setHTMLUnsafe in a same-origin iframe where the elements are not defined (the same tags would
// upgrade in the bench page), as wide as the page.
(() => {
  const now = () => performance.now();
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  /** After the next frame has run (its rendering steps: style, layout, ResizeObserver, paint). */
  const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const hostsIn = (scope) => [...scope.querySelectorAll('*')].filter((element) => element.shadowRoot);
  const rootsIn = (scope) => hostsIn(scope).flatMap((host) => [host.shadowRoot, ...rootsIn(host.shadowRoot)]);

  /** Until every element under `scope` has updated: nested elements render in later microtasks. */
  async function settled(scope) {
    for (;;) {
      const hosts = rootsIn(scope).map((shadow) => shadow.host);
      await Promise.all(hosts.map((host) => host.updateComplete));
      if (!rootsIn(scope).some((shadow) => shadow.host.isUpdatePending) && rootsIn(scope).length === hosts.length)
        return;
    }
  }
  const cellCount = (scope) =>
    rootsIn(scope).reduce((sum, shadow) => sum + shadow.querySelectorAll('td, th').length, 0) +
    scope.querySelectorAll('td, th').length;

  // --- The static twin -------------------------------------------------------------------------
  const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const escapeAttribute = (text) => escapeText(text).replace(/"/g, '&quot;');
  const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'wbr']);
  function sheetText(shadow) {
    const adopted = shadow.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    return adopted.join('\n');
  }
  function serialize(node) {
    return [...node.childNodes]
      .map((child) => {
        if (child.nodeType === Node.TEXT_NODE) return escapeText(child.data);
        if (child.nodeType !== Node.ELEMENT_NODE) return ''; // comments: Lit's markers
        const name = child.localName;
        const attributes = [...child.attributes].map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('');
        if (VOID.has(name)) return `<${name}${attributes}>`;
        // Style text is raw text in HTML: never escaped (a `>` selector must stay one).
        const inner =
          name === 'style' ? child.textContent : name === 'template' ? serialize(child.content) : serialize(child);
        const shadow = child.shadowRoot
          ? `<template shadowrootmode="open"><style>${sheetText(child.shadowRoot)}</style>${serialize(child.shadowRoot)}</template>`
          : '';
        return `<${name}${attributes}>${shadow}${inner}</${name}>`;
      })
      .join('');
  }

  // --- Timing ----------------------------------------------------------------------------------
  /**
   * One timed render: `insert()` puts content in and resolves once it is rendered and laid out.
   * Then the next frame, where a ResizeObserver may render a second time (a phone layout chosen
   * after the first render): timed from its start until everything has settled again and is laid
   * out, and added. Both twins are timed the same way; the idle wait for that frame is not timed.
   */
  async function timed(insert, scopeOf) {
    const start = now();
    const scope = await insert();
    const first = now() - start;
    const seen = [];
    const observer = new MutationObserver((records) => seen.push(records.length));
    for (const target of [scope, ...rootsIn(scope)])
      observer.observe(target, {childList: true, subtree: true, characterData: true, attributes: true});
    let frameStart = 0;
    requestAnimationFrame(() => (frameStart = now()));
    await afterFrame();
    await settled(scopeOf(scope));
    scope.getBoundingClientRect();
    scope.ownerDocument.documentElement.getBoundingClientRect();
    const second = now() - frameStart;
    observer.disconnect();
    return {first, total: first + second, rerendered: seen.length > 0};
  }

  /** Everything the bench measures in this page, at the page's current width. */
  async function measure({report, runs, warmup, many}) {
    const stage = document.getElementById('stage');
    const frame = document.getElementById('static');
    const twinDocument = frame.contentDocument;
    const twinStage = twinDocument.getElementById('stage');

    // The report once, awaited with the full walk: what a complete render holds, and its twin.
    stage.append(Object.assign(document.createElement('disclosure-report'), {report}));
    await settled(stage);
    await afterFrame();
    await settled(stage);
    const completeCells = cellCount(stage);
    const twin = serialize(stage);
    window.benchTwin = twin;
    const shadowRoots = rootsIn(stage).length;
    stage.replaceChildren();
    if (/<!--|\?lit\$/.test(twin)) throw new Error('the static twin holds Lit markers');

    /** Inserts `count` reports; resolves once they (and what they render) are done and laid out. */
    async function reports(count) {
      const box = document.createElement('div');
      for (let i = 0; i < count; i++) box.append(Object.assign(document.createElement('disclosure-report'), {report}));
      stage.append(box);
      // What a page script waits for: each report's own updateComplete.
      await Promise.all([...box.children].map((element) => element.updateComplete));
      // Whatever that did not cover (nested elements still pending) is waited for inside the time.
      if (rootsIn(box).some((shadow) => shadow.host.isUpdatePending)) await settled(box);
      box.getBoundingClientRect();
      document.documentElement.getBoundingClientRect();
      return box;
    }
    async function statics(count) {
      const box = twinDocument.createElement('div');
      twinStage.append(box);
      box.setHTMLUnsafe(twin.repeat(count));
      box.getBoundingClientRect();
      twinDocument.documentElement.getBoundingClientRect();
      return box;
    }

    const results = {element: [], static: [], ratio: [], rerendered: 0, manyElement: [], manyStatic: []};
    for (let run = 0; run < runs + warmup; run++) {
      const element = await timed(
        () => reports(1),
        (box) => box,
      );
      const cells = cellCount(stage);
      stage.replaceChildren();
      await afterFrame();
      const plain = await timed(
        () => statics(1),
        (box) => box,
      );
      const twinCells = cellCount(twinStage);
      twinStage.replaceChildren();
      await afterFrame();
      if (cells !== completeCells || twinCells !== completeCells)
        throw new Error(`incomplete render timed: ${cells} / ${twinCells} of ${completeCells} cells`);
      if (run < warmup) continue;
      results.element.push(element);
      results.static.push(plain);
      results.ratio.push(element.total / plain.total);
      if (element.rerendered) results.rerendered++;
    }
    for (let run = 0; run < runs + warmup; run++) {
      const element = await timed(
        () => reports(many),
        (box) => box,
      );
      stage.replaceChildren();
      await afterFrame();
      const plain = await timed(
        () => statics(many),
        (box) => box,
      );
      twinStage.replaceChildren();
      await afterFrame();
      if (run < warmup) continue;
      results.manyElement.push(element.total);
      results.manyStatic.push(plain.total);
    }

    // Language switch on an ancestor of a rendered report, until everything has updated and is laid out.
    const wrapper = Object.assign(document.createElement('div'), {lang: 'zh-CN'});
    wrapper.append(Object.assign(document.createElement('disclosure-report'), {report}));
    stage.append(wrapper);
    await settled(wrapper);
    await afterFrame();
    const switches = [];
    let english = false;
    for (let run = 0; run < runs + warmup; run++) {
      const start = now();
      wrapper.lang = wrapper.lang === 'en' ? 'zh-CN' : 'en';
      await settled(wrapper);
      wrapper.getBoundingClientRect();
      document.documentElement.getBoundingClientRect();
      const time = now() - start;
      if (wrapper.lang === 'en')
        english ||= rootsIn(wrapper).some((shadow) => /Government information|Proactive/i.test(shadow.textContent));
      if (run >= warmup) switches.push(time);
      await afterFrame();
    }
    stage.replaceChildren();

    const pick = (list, key) => median(list.map((item) => item[key]));
    return {
      isolated: window.crossOriginIsolated,
      cells: completeCells,
      shadowRoots,
      twinBytes: twin.length,
      first: {element: pick(results.element, 'first'), static: pick(results.static, 'first')},
      total: {element: pick(results.element, 'total'), static: pick(results.static, 'total')},
      paired: median(results.ratio),
      rerendered: results.rerendered,
      many: {element: median(results.manyElement), static: median(results.manyStatic)},
      switch: median(switches),
      english,
      twin,
    };
  }

  /** For the heap figure: `count` reports (or their twins) left in the page, settled. */
  async function place({report, count, kind}) {
    if (kind === 'element') {
      const stage = document.getElementById('stage');
      for (let i = 0; i < count; i++)
        stage.append(Object.assign(document.createElement('disclosure-report'), {report}));
      await settled(stage);
      await afterFrame();
      await settled(stage);
      return cellCount(stage);
    }
    const twinStage = document.getElementById('static').contentDocument.getElementById('stage');
    twinStage.setHTMLUnsafe(window.benchTwin.repeat(count));
    twinStage.getBoundingClientRect();
    await afterFrame();
    return cellCount(twinStage);
  }
  function clear() {
    document.getElementById('stage').replaceChildren();
    document.getElementById('static').contentDocument.getElementById('stage').replaceChildren();
  }

  /** The first render on a page just loaded (`twin` given: the static twin, in a page without the bundle). */
  async function firstRender({report, twin}) {
    const stage = document.getElementById('stage');
    if (twin !== undefined) {
      return timed(
        async () => {
          const box = document.createElement('div');
          stage.append(box);
          box.setHTMLUnsafe(twin);
          document.documentElement.getBoundingClientRect();
          return box;
        },
        (box) => box,
      );
    }
    return timed(
      async () => {
        const box = document.createElement('div');
        const element = Object.assign(document.createElement('disclosure-report'), {report});
        box.append(element);
        stage.append(box);
        await element.updateComplete;
        if (rootsIn(box).some((shadow) => shadow.host.isUpdatePending)) await settled(box);
        document.documentElement.getBoundingClientRect();
        return box;
      },
      (box) => box,
    );
  }

  window.bench = {measure, place, clear, firstRender};
})();
