// Small things a coordinator notices (issue 14, item 7): a favicon, one focus style on every
// kind of element, and checkboxes as easy to hit as the other controls.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { asCoordinator, baseUrl, expectAccessible, useBrowser, useFreshOrg } from './fixtures';

/** The outline of the focused element after moving focus with the keyboard onto `selector`. */
async function focusRingOf(page: Page, selector: string) {
  await page.keyboard.press('Tab'); // keyboard modality: :focus-visible applies to what gets focus next
  await page.locator(selector).first().focus();
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: style.outlineWidth, color: style.outlineColor };
  });
}

describe('small things', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('has a favicon', async () => {
    const html = await (await fetch(new URL('/login', baseUrl()))).text();
    expect(html).toMatch(/<link[^>]* rel="icon" href="\/favicon.svg" type="image\/svg\+xml"/);
    const icon = await fetch(new URL('/favicon.svg', baseUrl()));
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  });

  it('shows one focus style on links, scroll regions and form fields, and large checkboxes', async () => {
    const { page, base } = await asCoordinator(browser, org);
    await page.goto(`${base}/dates`);
    const region = await focusRingOf(page, '.spiegel-calendar-scroll');
    const link = await focusRingOf(page, 'main a');
    expect(region.style).not.toBe('none');
    expect(region).toEqual(link);
    await expectAccessible(page);

    await page.goto(`${base}/participants`);
    const checkbox = page.locator('input[type="checkbox"]').first();
    expect(await focusRingOf(page, 'input[type="checkbox"]')).toEqual(link);
    const box = (await checkbox.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await expectAccessible(page);
    await page.context().close();
  });
});
