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
  /** Force layout of the document holding `node` (Blink lays out the whole document). */
  const layout = (node) => node.ownerDocument.documentElement.getBoundingClientRect();
  /** Watches `scope` and every shadow root under it; `changed()` says whether anything changed since. */
  function watch(scope) {
    let count = 0;
    const observer = new MutationObserver((records) => (count += records.length));
    for (const target of [scope, ...rootsIn(scope)])
      observer.observe(target, {childList: true, subtree: true, characterData: true, attributes: true});
    return () => {
      count += observer.takeRecords().length;
      observer.disconnect();
      return count > 0;
    };
  }
  /** Frames after a render that may still change it: a ResizeObserver's frame, then the frame it asks for. */
  const QUIET_FRAMES = 2;

  /**
   * One timed render: `insert()` puts content in and resolves once it is rendered and laid out (the
   * first pass). Then frame after frame until QUIET_FRAMES frames in a row change nothing: a
   * ResizeObserver may choose another layout and render again (the phone layout, two frames after
   * insertion today). Each such frame is timed from its start (the rAF timestamp) until everything
   * has settled and is laid out, and added: style, layout and paint of that frame, and any second
   * render. The idle time between frames is not timed. Both twins are timed alike.
   * `mark`: the first pass is also marked (`mark:start`, `mark:end`), for its main-thread CPU time
   * (bench.mjs reads the marks' thread clock from a trace).
   */
  async function timed(insert, mark) {
    if (mark) performance.mark(`${mark}:start`);
    const start = now();
    const scope = await insert();
    const first = now() - start;
    if (mark) performance.mark(`${mark}:end`);
    let total = first;
    let renders = 0;
    for (let quiet = 0, frames = 0; quiet < QUIET_FRAMES && frames < 20; frames++) {
      const changed = watch(scope);
      let frameStart = 0;
      requestAnimationFrame((timestamp) => (frameStart = timestamp));
      await afterFrame();
      await settled(scope);
      layout(scope);
      total += now() - frameStart;
      if (changed()) {
        renders++;
        quiet = 0;
      } else {
        quiet++;
      }
    }
    return {first, total, rerendered: renders > 0};
  }

  /** Everything the bench measures in this page, at the page's current width. */
  async function measure({report, runs, warmup, many}) {
    const stage = document.getElementById('stage');
    const frame = document.getElementById('static');
    const twinDocument = frame.contentDocument;
    const twinStage = twinDocument.getElementById('stage');

    // The report once, awaited with the full walk: what a complete render holds, and its twin.
    // Waited for like every timed run: until frames in a row change nothing.
    await timed(async () => {
      stage.append(Object.assign(document.createElement('disclosure-report'), {report}));
      await settled(stage);
      return stage;
    });
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
      layout(box);
      return box;
    }
    async function statics(count) {
      const box = twinDocument.createElement('div');
      twinStage.append(box);
      box.setHTMLUnsafe(twin.repeat(count));
      layout(box);
      return box;
    }

    const results = {element: [], static: [], ratio: [], rerendered: 0, manyElement: [], manyStatic: []};
    for (let run = 0; run < runs + warmup; run++) {
      const counted = run >= warmup;
      const element = await timed(() => reports(1), counted && 'insert-element');
      const cells = cellCount(stage);
      stage.replaceChildren();
      await afterFrame();
      const plain = await timed(() => statics(1), counted && 'insert-static');
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
      const element = await timed(() => reports(many));
      stage.replaceChildren();
      await afterFrame();
      const plain = await timed(() => statics(many));
      twinStage.replaceChildren();
      await afterFrame();
      if (run < warmup) continue;
      results.manyElement.push(element.total);
      results.manyStatic.push(plain.total);
    }

    // Language switch on an ancestor of a rendered report, until everything has updated and is laid out.
    const wrapper = Object.assign(document.createElement('div'), {lang: 'zh-CN'});
    wrapper.append(Object.assign(document.createElement('disclosure-report'), {report}));
    await timed(async () => {
      stage.append(wrapper);
      await settled(wrapper);
      return wrapper;
    });
    const switches = {first: [], total: []};
    let english = false;
    for (let run = 0; run < runs + warmup; run++) {
      const time = await timed(
        async () => {
          wrapper.lang = wrapper.lang === 'en' ? 'zh-CN' : 'en';
          await settled(wrapper);
          layout(wrapper);
          return wrapper;
        },
        run >= warmup && 'switch',
      );
      if (wrapper.lang === 'en')
        english ||= rootsIn(wrapper).some((shadow) => /Government information|Proactive/i.test(shadow.textContent));
      if (run < warmup) continue;
      switches.first.push(time.first);
      switches.total.push(time.total);
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
      switch: {first: median(switches.first), total: median(switches.total)},
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
      await timed(async () => {
        await settled(stage);
        return stage;
      });
      return cellCount(stage);
    }
    const twinStage = document.getElementById('static').contentDocument.getElementById('stage');
    await timed(async () => {
      twinStage.setHTMLUnsafe(window.benchTwin.repeat(count));
      layout(twinStage);
      return twinStage;
    });
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
      return timed(async () => {
        const box = document.createElement('div');
        stage.append(box);
        box.setHTMLUnsafe(twin);
        layout(box);
        return box;
      });
    }
    return timed(async () => {
      const box = document.createElement('div');
      const element = Object.assign(document.createElement('disclosure-report'), {report});
      box.append(element);
      stage.append(box);
      await element.updateComplete;
      if (rootsIn(box).some((shadow) => shadow.host.isUpdatePending)) await settled(box);
      layout(box);
      return box;
    });
  }

  window.bench = {measure, place, clear, firstRender};
})();
