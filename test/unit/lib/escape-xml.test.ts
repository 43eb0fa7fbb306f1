import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/lib/escape-xml';

describe('escapeXml', () => {
  const hostile = 'Tom & Jerry <script>alert(1)</script> &amp; « 50 % » "cités"';

  it('gives text that an HTML parser reads back as the same text, and no element', () => {
    const { document } = new JSDOM(`<p>${escapeXml(hostile)}</p>`).window;
    expect(document.querySelector('p')?.textContent).toBe(hostile);
    expect(document.querySelector('script')).toBeNull();
  });

  it('gives text that an XML parser reads back as the same text', () => {
    const { window } = new JSDOM('');
    const xml = new window.DOMParser().parseFromString(`<title>${escapeXml(hostile)}</title>`, 'application/xml');
    expect(xml.querySelector('parsererror')).toBeNull();
    expect(xml.documentElement.textContent).toBe(hostile);
  });
});
