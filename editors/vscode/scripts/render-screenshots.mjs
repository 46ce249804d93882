// Renders the screenshots of docs/editor.md from real protocol responses: starts `provision lsp`, opens an edited
// copy of a built-in generator (in memory, inside the built-in pack so its phrase sets and vocabulary apply), asks
// for diagnostics, completion and hover, and writes one HTML page per scene that draws the answers as an editor
// would. Headless Chromium then turns each page into a PNG. Nothing here is mocked: every list, message and range
// on the pictures is what the server sent.
//
//   node editors/vscode/scripts/render-screenshots.mjs <provision command> <repo root> <output folder>
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [provision, root, out] = process.argv.slice(2);
const file = resolve(root, "generators/object/exists_object.pvg");
const uri = pathToFileURL(file).href;
const original = readFileSync(file, "utf8");

// The edits the pictures show: a misspelt function (a binding error); then "a {name}" before a plural (a lint error,
// found once the compiler has nothing to say), which also leaves the slot 'noun' unused (a warning).
const misspelt = original.replace("let n = count(group)", "let n = coutn(group)");
const edited = original.replace('tell "There {be(count)} {count} {plural(noun, count)}."', 'tell "I see a {name}."');

const server = spawn(provision, ["lsp"], { stdio: ["pipe", "pipe", "inherit"] });
let buffer = Buffer.alloc(0);
const waiting = new Map();
const notifications = [];
let nextId = 0;
server.stdout.on("data", (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf("\r\n\r\n");
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString("ascii"))[1]);
    if (buffer.length < end + 4 + length) return;
    const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString("utf8"));
    buffer = buffer.subarray(end + 4 + length);
    if (message.id !== undefined && waiting.has(message.id)) {
      waiting.get(message.id)(message);
      waiting.delete(message.id);
    } else {
      notifications.push(message);
    }
  }
});
const send = (message) => {
  const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8");
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
};
const request = (method, params) =>
  new Promise((done) => {
    const id = ++nextId;
    waiting.set(id, done);
    send({ id, method, params });
  });
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const positionOf = (text, needle, shift = 0) => {
  const offset = text.indexOf(needle) + shift;
  const before = text.slice(0, offset).split("\n");
  return { line: before.length - 1, character: before[before.length - 1].length };
};

await request("initialize", { processId: null, rootUri: pathToFileURL(root).href, capabilities: {} });
send({ method: "initialized", params: {} });
const published = async (version, wanted) => {
  for (let i = 0; i < 300; i++) {
    const found = notifications.find((n) => n.method === "textDocument/publishDiagnostics" && n.params.uri === uri
      && n.params.version === version && n.params.diagnostics.some(wanted));
    if (found) return found.params.diagnostics;
    await sleep(100);
  }
  throw new Error(`no diagnostics for version ${version}`);
};
send({ method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "pvg", version: 1, text: misspelt } } });
const bindingErrors = await published(1, (d) => d.code.startsWith("PV1"));
send({ method: "textDocument/didChange", params: { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] } });
// The lint follows the compiler's diagnostics once the document is still; wait for the publish that has it.
const diagnostics = await published(2, (d) => d.code.startsWith("PV5"));

// Completion inside a template hole and after a dot; hover on a template and on a function.
const withDot = edited.replace("where countable(label)", "where countable(label) and any(group, o => o.)");
send({ method: "textDocument/didChange", params: { textDocument: { uri, version: 3 }, contentChanges: [{ text: withDot }] } });
const memberAt = positionOf(withDot, "o => o.)", 7);
const members = await request("textDocument/completion", { textDocument: { uri }, position: memberAt });
send({ method: "textDocument/didChange", params: { textDocument: { uri, version: 4 }, contentChanges: [{ text: original }] } });
const holeAt = positionOf(original, "{name} [are", 1);
const hole = await request("textDocument/completion", { textDocument: { uri }, position: holeAt });
const templateAt = positionOf(original, "how many {name} [are", 2);
const templateHover = await request("textDocument/hover", { textDocument: { uri }, position: templateAt });
const functionAt = positionOf(original, "countable(label)", 3);
const functionHover = await request("textDocument/hover", { textDocument: { uri }, position: functionAt });
await request("shutdown", null);
send({ method: "exit" });

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const markdown = (s) =>
  escape(s)
    .replace(/```pvg\n([\s\S]*?)```\n*/g, (_, code) => `<pre class="code">${code.trimEnd()}</pre>`)
    .replace(/\*\*(.*?)\*\*/g, "<b>$1</b>")
    .replace(/`([^`]*)`/g, "<code>$1</code>")
    .replace(/\n/g, "<br>");
const style = `<style>
  body { margin: 0; background: #1e1e1e; color: #d4d4d4; font: 14px "DejaVu Sans Mono", monospace; }
  .editor { position: relative; padding: 10px 0; }
  .line { white-space: pre; height: 20px; line-height: 20px; }
  .no { display: inline-block; width: 40px; color: #858585; text-align: right; margin-right: 16px; }
  .error { text-decoration: underline wavy #f14c4c; text-decoration-skip-ink: none; }
  .warning { text-decoration: underline wavy #cca700; text-decoration-skip-ink: none; }
  .panel { border-top: 1px solid #444; padding: 8px 16px; font-family: "DejaVu Sans", sans-serif; font-size: 13px; }
  .panel div { margin: 4px 0; }
  .sev1 { color: #f14c4c; } .sev2 { color: #cca700; }
  .popup { position: absolute; background: #252526; border: 1px solid #454545; font-family: "DejaVu Sans", sans-serif; font-size: 13px; box-shadow: 0 2px 8px #000; }
  .item { padding: 2px 8px; white-space: nowrap; } .item .detail { color: #9d9d9d; margin-left: 16px; }
  .item:first-child { background: #04395e; }
  .hover { padding: 8px 12px; max-width: 720px; line-height: 1.45; }
  .hover .code { color: #9cdcfe; margin: 0 0 6px 0; font-family: "DejaVu Sans Mono", monospace; }
  code { color: #ce9178; font-family: "DejaVu Sans Mono", monospace; }
  .caption { padding: 6px 16px; color: #9d9d9d; font-family: "DejaVu Sans", sans-serif; font-size: 12px; border-bottom: 1px solid #333; }
</style>`;
// Lines [from, to) of the text (1-based numbers as the editor shows them), with squiggles under the marks.
const editor = (text, marks, from, to) =>
  text
    .split("\n")
    .map((line, i) => [line, i])
    .slice(from, to)
    .map(([line, i]) => {
      const own = marks.filter((m) => m.range.start.line === i).sort((a, b) => a.range.start.character - b.range.start.character);
      let html = "";
      let at = 0;
      for (const m of own) {
        const end = m.range.end.line === i ? m.range.end.character : line.length;
        html += escape(line.slice(at, m.range.start.character));
        html += `<span class="${m.severity === 1 ? "error" : "warning"}">${escape(line.slice(m.range.start.character, end))}</span>`;
        at = end;
      }
      html += escape(line.slice(at));
      return `<div class="line"><span class="no">${i + 1}</span>${html}</div>`;
    })
    .join("");
const popupAt = (position, from) => `top:${10 + (position.line - from + 1) * 20 + 2}px; left:${56 + position.character * 8.4}px;`;
const page = (caption, body) => `<!doctype html><html><head><meta charset="utf-8">${style}</head><body><div class="caption">${escape(caption)}</div>${body}</body></html>`;

const problems = (list) => list
  .map((d) => `<div class="sev${d.severity}">${d.severity === 1 ? "error" : "warning"} ${d.code} [${d.range.start.line + 1}:${d.range.start.character + 1}] ${escape(d.message)}</div>`)
  .join("");
writeFileSync(join(out, "diagnostics.html"), page(`${file.slice(root.length + 1)}: publishDiagnostics after two edits: a misspelt function (binding), then "a {name}" (lint, and an unused slot)`,
  `<div class="editor">${editor(misspelt, bindingErrors, 9, 13)}</div><div class="panel">${problems(bindingErrors)}</div>` +
  `<div class="editor">${editor(edited, diagnostics, 13, 29)}</div><div class="panel">${problems(diagnostics)}</div>`));

const items = (list, n) =>
  list.result.items.slice(0, n).map((i) => `<div class="item">${escape(i.label)}<span class="detail">${escape(i.detail ?? "")}</span></div>`).join("");
writeFileSync(join(out, "completion.html"), page("completion after 'o.' (an object's members) and inside '{' of a template (slots, phrase sets, helpers)",
  `<div class="editor">${editor(withDot, [], memberAt.line - 2, memberAt.line + 8)}<div class="popup" style="${popupAt(memberAt, memberAt.line - 2)}">${items(members, 7)}</div></div>` +
  `<div class="editor">${editor(original, [], holeAt.line - 2, holeAt.line + 13)}<div class="popup" style="${popupAt(holeAt, holeAt.line - 2)}">${items(hole, 12)}</div></div>`));

writeFileSync(join(out, "hover.html"), page("hover on a template (its phrasings) and on a function (its signature and documentation)",
  `<div class="editor">${editor(original, [], templateAt.line - 2, templateAt.line + 8)}<div class="popup hover" style="${popupAt(templateAt, templateAt.line - 2)}">${markdown(templateHover.result.contents.value)}</div></div>` +
  `<div class="editor">${editor(original, [], functionAt.line - 2, functionAt.line + 8)}<div class="popup hover" style="${popupAt(functionAt, functionAt.line - 2)}">${markdown(functionHover.result.contents.value)}</div></div>`));
console.log(`wrote diagnostics.html, completion.html, hover.html to ${out}`);
