// Reading a form that may carry a file. request.formData() keeps a body of any size in memory; this
// keeps at most `maxBytes` of it.

/** The request's form, or null when its body is larger than `maxBytes` (the rest is read and dropped, so the browser gets the answer). */
export async function formDataWithin(request: Request, maxBytes: number): Promise<FormData | null> {
  if (!request.body) return request.formData();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size <= maxBytes) chunks.push(value);
    else if (size > maxBytes * 10) {
      // Far too much: stop reading (the connection may close before the browser has sent it all).
      await reader.cancel();
      break;
    }
  }
  if (size > maxBytes) return null;
  return new Response(Buffer.concat(chunks), { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
}
