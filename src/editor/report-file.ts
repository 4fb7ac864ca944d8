/** The report as a file: a blank one to start from, the JSON to download, its name, and the embed snippet for a CMS page. */
import type {DisclosureReport} from '../model/types.js';
import {readFields} from './fields.js';

/** A report with every cell blank (null, never 0), no year and no agency yet. */
export function blankReport(): DisclosureReport {
  const shell = {
    schemaVersion: 1,
    format: '2021',
    year: null,
    agency: '',
    overview: {},
    proactive: {},
    requests: {},
    appeals: {},
    problems: {},
    otherMatters: {},
  };
  return readFields(new Map(), shell as unknown as DisclosureReport).report;
}

export function reportJson(report: DisclosureReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** 「淮安市人民政府-2024.json」: characters file systems refuse become "_". */
export function downloadName(report: DisclosureReport): string {
  const agency = typeof report.agency === 'string' ? report.agency : report.agency.zh;
  const name = `${agency.trim() || 'report'}-${report.year ?? ''}`.replace(/[\\/:*?"<>|\s]+/g, '_');
  return `${name}.json`;
}

/**
 * What a CMS page needs: the one-script bundle and the tag with the report inline. "<" is written
 * as \u003c inside the JSON, so no text of the report can close the script element early.
 */
export function embedSnippet(report: DisclosureReport): string {
  const json = JSON.stringify(report).replace(/</g, '\\u003c');
  return [
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<script src="/static/disclosure-report.iife.js"></script>',
    '<disclosure-report lang="zh-CN">',
    `  <script type="application/json">${json}</script>`,
    '</disclosure-report>',
  ].join('\n');
}
