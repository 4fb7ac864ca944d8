/**
 * The editor's look: plain, high-contrast, and one block at a time, so a 360 px phone shows one
 * table (scrolling sideways inside its own region) or one form. Blank and 0 differ in more than
 * colour: a blank cell shows the word 空 (its placeholder) on a hatched ground.
 */
import {css} from 'lit';

export const editorStyles = css`
  :host {
    display: block;
    color: #1a1a1a;
    background: #fff;
    font: 16px/1.5 system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  button,
  .file-button {
    font: inherit;
    padding: 0.3em 0.7em;
    border: 1px solid #1f4e8c;
    border-radius: 4px;
    background: #fff;
    color: #1f4e8c;
    cursor: pointer;
  }
  button:disabled {
    color: #5c5c5c;
    border-color: #767676;
    cursor: default;
  }
  :focus-visible,
  .file-button:focus-within {
    outline: 3px solid #1f4e8c;
    outline-offset: 2px;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-bottom: 0.5em;
  }
  .file-button input {
    position: absolute;
    opacity: 0;
    width: 1px;
    height: 1px;
  }
  .message:empty {
    display: none;
  }
  .message,
  .load-problem,
  .offer,
  .opened,
  .layout-note {
    margin: 0.5em 0;
    padding: 0.5em 0.75em;
    border-left: 4px solid #1f4e8c;
    background: #eef3fa;
  }
  .load-problem {
    border-color: #a4001d;
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    list-style: none;
    margin: 0 0 0.75em;
    padding: 0;
  }
  nav button[aria-current='true'] {
    background: #1f4e8c;
    color: #fff;
  }
  .table-scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: bold;
    padding: 0.25em 0;
  }
  th,
  td {
    border: 1px solid #6b6b6b;
    padding: 0.2em 0.3em;
    vertical-align: top;
  }
  th {
    background: #f2f2f2;
    font-weight: normal;
    text-align: start;
  }
  /* The caption is as wide as the table, which scrolls on a phone: its words wrap within the
     screen and stay there while the numbers scroll. */
  caption .in-view {
    display: block;
    position: sticky;
    left: 0;
    max-width: calc(100vw - 2rem);
  }
  caption .note {
    display: block;
    font-weight: normal;
    font-size: 0.85em;
  }
  td.filler {
    border: none;
  }
  td input {
    width: 6.5em;
    font: inherit;
    text-align: end;
    border: 1px solid #767676;
    padding: 0.15em 0.25em;
  }
  td.blank input {
    background: repeating-linear-gradient(135deg, #fff 0 6px, #f0f0f0 6px 8px);
  }
  td input::placeholder {
    color: #595959;
  }
  td.invalid input {
    border: 2px solid #a4001d;
  }
  td.checked {
    background: #fde8ea;
  }
  td.part {
    background: #fff6e0;
  }
  td.confirm input {
    border: 2px dashed #7a4d00;
  }
  .problem,
  .finding-mark,
  .confirm-mark {
    display: block;
    font-size: 0.8em;
    max-width: 9em;
  }
  .problem,
  .finding-mark {
    color: #a4001d;
  }
  .confirm-mark {
    color: #6b4300;
  }
  .hint {
    font-size: 0.9em;
    color: #3d3d3d;
  }
  fieldset {
    border: 1px solid #b0b0b0;
    margin: 0 0 1em;
  }
  .pair {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.75em;
  }
  .field {
    display: flex;
    flex-direction: column;
    margin-bottom: 0.5em;
  }
  .field input,
  .field textarea,
  .embed textarea {
    font: inherit;
    border: 1px solid #767676;
    padding: 0.25em;
  }
  .embed textarea {
    width: 100%;
    box-sizing: border-box;
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
  }
  .findings ol > li {
    margin-bottom: 0.5em;
  }
  .findings li.error > span {
    color: #a4001d;
  }
  .findings h2 {
    font-size: 1.1em;
  }
  .cells {
    font-size: 0.9em;
  }
  a {
    color: #1f4e8c;
  }
  @media (max-width: 600px) {
    .pair {
      grid-template-columns: 1fr;
    }
    td input {
      width: 5em;
    }
  }
`;
