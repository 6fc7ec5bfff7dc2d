// What the benchmark measures in a page: time to interactive (navigation
// start to the first frame after the cards are drawn and the page answers a
// pointer), and the frame rate while a node is dragged.

/** Waits for the canvas to draw cards, then for two frames; returns ms since navigation start. */
export async function timeToInteractive(page, cardSelector) {
  await page.waitForSelector(cardSelector, { timeout: 60_000 });
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
      }),
  );
}

/** Drags the element by `steps` pointer moves; returns frames per second and the p95 frame time. */
export async function dragFrameRate(page, selector, { steps = 90, dx = 400, dy = 160 } = {}) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  const x = box.x + box.width / 2;
  const y = box.y + 14;
  await page.evaluate(() => {
    window.__frames = [];
    window.__recording = true;
    const tick = (t) => {
      if (!window.__recording) return;
      window.__frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(x + (dx * i) / steps, y + (dy * Math.sin((i / steps) * Math.PI)) / 1);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    window.__recording = false;
    return window.__frames;
  });
  const deltas = frames.slice(1).map((t, i) => t - frames[i]);
  const total = (frames.at(-1) ?? 0) - (frames[0] ?? 0);
  const sorted = [...deltas].sort((a, b) => a - b);
  return {
    fps: total > 0 ? (deltas.length / total) * 1000 : 0,
    p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    frames: deltas.length,
  };
}
