// The organisation's colour and logo (R1): set by admins on the settings page, refused next to the
// field when wrong (nothing saved, the colour typed kept), served to members only.
import { describe, expect, it } from 'vitest';
import { orgBranding } from '#app/db/org-branding.server';
import { action, loader } from '#app/routes/org-settings';
import { loader as logoLoader } from '#app/routes/org-logo';
import { jpegImage, pngImage } from '#tests/files';
import { makeMember, makeOrg } from '#tests/factories';
import { answerOf, callRoute, cookieFor, getAs, postAs, statusOf } from '#tests/http';
import { DEFAULT_ACCENT, MAX_LOGO_BYTES } from '../domain/branding';
import { getOrgSettingsPage } from './get-org-settings-page.server';
import { removeLogo } from './remove-logo.server';
import { updateAccent } from './update-accent.server';
import { uploadLogo } from './upload-logo.server';

/** The settings form as the browser sends it: multipart, with the colour fields and a file. */
async function postMultipart(userId: string, slug: string, fields: Record<string, string>, file?: { bytes: Buffer; name: string; type: string }) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('logo', file ? new File([new Uint8Array(file.bytes)], file.name, { type: file.type }) : new File([], '', { type: 'application/octet-stream' }));
  const request = new Request(`http://x/o/${slug}/settings`, { method: 'POST', headers: { cookie: await cookieFor(userId) }, body: form });
  return callRoute(action, request, { org: slug });
}

async function adminOfNewOrg() {
  const org = await makeOrg();
  return { org, admin: await makeMember(org.id, 'admin') };
}

describe('the organisation’s accent colour', () => {
  it('is Spiegel’s until an admin sets one; the picker, or the code typed beside it (without # too)', async () => {
    const { org, admin } = await adminOfNewOrg();
    expect((await orgBranding(org.id)).accent).toBe(DEFAULT_ACCENT);

    const picked = await postMultipart(admin.user.id, org.slug, { intent: 'accent', accent: '#7A1F5C', accentText: '' });
    expect(picked).toMatchObject({ ok: true, intent: 'accent' });
    expect((await orgBranding(org.id)).accent).toBe('#7a1f5c');

    await postMultipart(admin.user.id, org.slug, { intent: 'accent', accent: '#7a1f5c', accentText: '2d5016' });
    expect((await orgBranding(org.id)).accent).toBe('#2d5016');
    expect((await getOrgSettingsPage(admin)).branding).toEqual({ accent: '#2d5016', logoVersion: null });

    // An ordinary form post (no file) works the same.
    await callRoute(action, await postAs(admin.user.id, `/o/${org.slug}/settings`, { intent: 'accent', accent: DEFAULT_ACCENT, accentText: '' }), {
      org: org.slug,
    });
    expect((await orgBranding(org.id)).accent).toBe(DEFAULT_ACCENT);
  });

  it('refuses a colour too light for white paper next to the field, keeping what was typed', async () => {
    const { org, admin } = await adminOfNewOrg();
    await updateAccent({ ...admin, accent: '#7a1f5c' });
    const refused = await postMultipart(admin.user.id, org.slug, { intent: 'accent', accent: '#7a1f5c', accentText: '#ffd700' });
    expect(await statusOf(refused)).toBe(409);
    expect(answerOf(refused)).toMatchObject({ errors: { accentText: 'org.accentContrast' }, values: { accentText: '#ffd700' } });
    const nonsense = await postMultipart(admin.user.id, org.slug, { intent: 'accent', accent: '#7a1f5c', accentText: 'donkerblauw' });
    expect(answerOf(nonsense)).toMatchObject({ errors: { accentText: 'org.accentInvalid' } });
    expect((await orgBranding(org.id)).accent).toBe('#7a1f5c');
  });
});

describe('the organisation’s logo', () => {
  it('is uploaded by an admin, shown on the settings page, replaced and removed', async () => {
    const { org, admin } = await adminOfNewOrg();
    const png = pngImage({ width: 120, height: 40 });
    const saved = await postMultipart(
      admin.user.id,
      org.slug,
      { intent: 'logo', accent: DEFAULT_ACCENT, accentText: '' },
      { bytes: png, name: 'logo.png', type: 'image/png' },
    );
    expect(saved).toMatchObject({ ok: true, intent: 'logo' });
    const { logo } = await orgBranding(org.id);
    expect(logo?.mediaType).toBe('image/png');
    expect(Buffer.compare(logo!.data, png)).toBe(0);

    const page = answerOf<{ branding: { logoVersion: number | null } }>(
      await callRoute(loader, await getAs(admin.user.id, `/o/${org.slug}/settings`), { org: org.slug }),
    );
    expect(page.branding.logoVersion).toBe(logo!.updatedAt.getTime());

    // Every member may see it (the address the page shows).
    const member = await makeMember(org.id, 'member');
    const served = (await callRoute(logoLoader, await getAs(member.user.id, `/o/${org.slug}/settings/logo`), { org: org.slug })) as Response;
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.compare(Buffer.from(await served.arrayBuffer()), png)).toBe(0);

    // A JPEG replaces it, whatever the browser called it.
    await postMultipart(admin.user.id, org.slug, { intent: 'logo' }, { bytes: jpegImage(), name: 'logo.bin', type: 'application/octet-stream' });
    expect((await orgBranding(org.id)).logo?.mediaType).toBe('image/jpeg');

    expect(await postMultipart(admin.user.id, org.slug, { intent: 'logo-remove' })).toMatchObject({ ok: true, intent: 'logo-remove' });
    expect((await orgBranding(org.id)).logo).toBeUndefined();
    expect(await statusOf(callRoute(logoLoader, await getAs(member.user.id, `/o/${org.slug}/settings/logo`), { org: org.slug }))).toBe(404);
  });

  it('refuses a file that is no PNG or JPEG by its bytes, or too large, next to the field; nothing saved, the colour typed kept', async () => {
    const { org, admin } = await adminOfNewOrg();
    const png = pngImage();
    await uploadLogo({ ...admin, bytes: png });
    const typed = { intent: 'logo', accent: '#7a1f5c', accentText: '#2d5016' };
    const cases = [
      { file: { bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), name: 'logo.png', type: 'image/png' }, error: 'org.logoType' },
      { file: { bytes: Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), name: 'logo.jpg', type: 'image/jpeg' }, error: 'org.logoType' },
      { file: { bytes: Buffer.concat([png, Buffer.alloc(MAX_LOGO_BYTES)]), name: 'groot.png', type: 'image/png' }, error: 'org.logoTooLarge' },
      { file: { bytes: png.subarray(0, png.length - 20), name: 'half.png', type: 'image/png' }, error: 'org.logoDamaged' },
      { file: undefined, error: 'org.logoMissing' },
    ];
    for (const { file, error } of cases) {
      const refused = await postMultipart(admin.user.id, org.slug, typed, file);
      expect(await statusOf(refused)).toBe(409);
      expect(answerOf(refused)).toMatchObject({ intent: 'logo', errors: { logo: error }, values: { accent: '#7a1f5c', accentText: '#2d5016' } });
    }
    // A file far beyond the form's room is not even read into memory: the same message next to the field.
    const enormous = await postMultipart(admin.user.id, org.slug, typed, { bytes: Buffer.alloc(12 * MAX_LOGO_BYTES), name: 'foto.jpg', type: 'image/jpeg' });
    expect(await statusOf(enormous)).toBe(413);
    expect(answerOf(enormous)).toMatchObject({ intent: 'logo', errors: { logo: 'org.logoTooLarge' } });

    const after = await orgBranding(org.id);
    expect(Buffer.compare(after.logo!.data, png)).toBe(0);
    expect(after.accent).toBe(DEFAULT_ACCENT);
  });
});

describe('who may change and see them', () => {
  it('refuses coordinators and members: they neither see nor change the colour and logo', async () => {
    const { org, admin } = await adminOfNewOrg();
    await uploadLogo({ ...admin, bytes: pngImage() });
    for (const role of ['coordinator', 'member'] as const) {
      const other = await makeMember(org.id, role);
      expect(await statusOf(updateAccent({ ...other, accent: '#2d5016' }))).toBe(403);
      expect(await statusOf(uploadLogo({ ...other, bytes: jpegImage() }))).toBe(403);
      expect(await statusOf(removeLogo(other))).toBe(403);
      expect(await statusOf(postMultipart(other.user.id, org.slug, { intent: 'logo' }, { bytes: jpegImage(), name: 'x.jpg', type: 'image/jpeg' }))).toBe(403);
    }
    const coordinator = await makeMember(org.id, 'coordinator');
    expect((await getOrgSettingsPage(coordinator)).branding).toBeNull();
    const branding = await orgBranding(org.id);
    expect(branding.accent).toBe(DEFAULT_ACCENT);
    expect(branding.logo?.mediaType).toBe('image/png');
  });

  it('answers 404 to someone of another organisation, and changes nothing there', async () => {
    const { org, admin } = await adminOfNewOrg();
    await uploadLogo({ ...admin, bytes: pngImage() });
    const { org: own, admin: outsider } = await adminOfNewOrg();
    expect(await statusOf(callRoute(logoLoader, await getAs(outsider.user.id, `/o/${org.slug}/settings/logo`), { org: org.slug }))).toBe(404);
    expect(await statusOf(postMultipart(outsider.user.id, org.slug, { intent: 'logo-remove' }))).toBe(404);
    expect((await orgBranding(org.id)).logo).toBeDefined();
    // Their own organisation has no logo: a 404 too.
    expect(await statusOf(callRoute(logoLoader, await getAs(outsider.user.id, `/o/${own.slug}/settings/logo`), { org: own.slug }))).toBe(404);
  });
});
