// Reading a cell by its keys (the form the renderers and checks keep) is reading it by its path.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cellRef, liesUnder, valueAt, valueAtKeys} from '../../dist/node/model/paths.js';
import {CELL_LABELS} from '../../dist/node/model/cell-labels.js';
import {huaian2024} from '../../dist/node/examples/huaian-2024.js';

test('valueAtKeys reads every cell of a report as valueAt does', () => {
  assert.ok(CELL_LABELS.size > 150);
  let numbers = 0;
  // CELL_LABELS also names the cells of the undivided （六） row, which this report does not use.
  for (const path of CELL_LABELS.keys()) {
    const ref = cellRef(path.split('.'));
    assert.equal(ref.path, path);
    assert.equal(valueAtKeys(huaian2024, ref.keys), valueAt(huaian2024, path), path);
    if (typeof valueAt(huaian2024, path) === 'number') numbers++;
  }
  assert.ok(numbers > 150);
});

test('valueAtKeys: own properties only, undefined past a missing or non-object step', () => {
  const report = {requests: {newReceived: {total: 3}}, blank: null};
  assert.equal(valueAtKeys(report, ['requests', 'newReceived', 'total']), 3);
  assert.equal(valueAtKeys(report, ['requests', 'missing', 'total']), undefined);
  assert.equal(valueAtKeys(report, ['blank', 'total']), undefined);
  assert.equal(valueAtKeys(report, ['requests', 'newReceived', 'total', 'more']), undefined);
  assert.equal(valueAtKeys(report, ['constructor']), undefined);
  assert.equal(valueAtKeys(report, ['requests', '__proto__']), undefined);
  assert.equal(valueAtKeys(report, ['toString']), undefined);
  assert.equal(valueAtKeys(report, []), report);
});

test('liesUnder: a path lies under itself and its ancestors, not under a key that merely starts it', () => {
  assert.equal(liesUnder('requests.newReceived.total', 'requests'), true);
  assert.equal(liesUnder('requests.newReceived.total', 'requests.newReceived'), true);
  assert.equal(liesUnder('requests', 'requests'), true);
  assert.equal(liesUnder('requestsExtra.total', 'requests'), false);
  assert.equal(liesUnder('requests', 'requests.newReceived'), false);
  assert.equal(liesUnder('proactive.rules.issued', 'requests'), false);
});
