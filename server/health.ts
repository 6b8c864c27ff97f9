// Probes for a load balancer: /healthz says the process answers; /readyz that the database does too,
// so traffic goes elsewhere during an outage while this instance stays up and recovers by itself.
import type { Request, Response } from 'express';
import { databaseReachable } from '#app/db/client.server';

export function healthz(_req: Request, res: Response) {
  res.set('Cache-Control', 'no-store').type('text/plain').send('ok');
}

export async function readyz(_req: Request, res: Response) {
  const ready = await databaseReachable();
  res
    .status(ready ? 200 : 503)
    .set('Cache-Control', 'no-store')
    .type('text/plain')
    .send(ready ? 'ready' : 'database unavailable');
}
