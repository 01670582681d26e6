import type { Locator, Page } from 'playwright-core';

/** The accessible label of the focused element (its <label>, aria-label or text). */
export function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const input = el as HTMLInputElement;
    const label = input.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
    return label.trim();
  });
}

/**
 * Presses Tab until the focused control's label is `label` (at most `max` presses): proves the
 * field is reachable by keyboard in Tab order, then the caller types into it.
 */
export async function tabTo(page: Page, label: string, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focusedLabel(page)) === label) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`"${label}" was not reached with ${max} Tab presses (focused: "${await focusedLabel(page)}")`);
}

/** Tabs to a text field and types a value (selecting what was there). */
export async function typeInto(page: Page, label: string, value: string): Promise<void> {
  await tabTo(page, label);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(value);
}

/**
 * Drags a range input's thumb with the mouse to about `value`, then fine-tunes with the arrow
 * keys (a pixel is wider than a step) until the input holds exactly `value`.
 */
export async function dragRangeTo(page: Page, slider: Locator, value: number): Promise<void> {
  const box = await slider.boundingBox();
  if (!box) throw new Error('slider not visible');
  const { min, max, current } = await slider.evaluate((el) => {
    const input = el as HTMLInputElement;
    return { min: Number(input.min), max: Number(input.max), current: Number(input.value) };
  });
  const x = (v: number) => box.x + ((v - min) / (max - min)) * box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(x(current), y);
  await page.mouse.down();
  await page.mouse.move(x(value), y, { steps: 8 });
  await page.mouse.up();
  for (let i = 0; i < 50; i++) {
    const now = Number(await slider.inputValue());
    if (now === value) return;
    await slider.press(now > value ? 'ArrowLeft' : 'ArrowRight');
  }
  throw new Error(`slider did not reach ${value} (at ${await slider.inputValue()})`);
}
