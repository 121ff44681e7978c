const { applyFetchOutcome, yieldToEventLoop } = require('/work/wt-sources/out/src/core/sources/index.js');
const para = '<div class="c"><p>The harbour authority said the port handled many ships in the season, <a href="/x">more</a> &amp; so on.</p><script>var a=1;</script></div>\n';
(async () => {
for (const mb of [0.1, 1, 5]) {
  let html = '<html><body>'; while (html.length < mb * 1024 * 1024 - 200) html += para; html += '<p>The port handled 74 ships in March</p></body></html>';
  const body = new TextEncoder().encode(html);
  let longest = 0, last = performance.now(), pauses = 0;
  const pause = async () => { const now = performance.now(); longest = Math.max(longest, now - last); pauses++; await yieldToEventLoop(); last = performance.now(); };
  const t = performance.now();
  const r = await applyFetchOutcome({id:'abcdef',url:'https://a.example',title:'a',quote:'The port handled 74 ships in March',addedBy:'a',addedAt:'2026-01-01T00:00:00Z'}, {kind:'response',status:200,finalUrl:'https://a.example',contentType:'text/html',charset:undefined,body,tooLarge:false}, '2026-01-01T00:00:00Z', pause);
  const total = performance.now() - t; longest = Math.max(longest, performance.now() - last);
  console.log(`${mb} MB html: total ${total.toFixed(0)} ms, ${pauses} pauses, longest slice ${longest.toFixed(0)} ms, quoteFound=${r.quoteFound}`);
}
})();
