// Production entry: runs the built app. React must see NODE_ENV before it is imported.
process.env.SPIEGEL_EXPLICIT_PRODUCTION = String(process.env.NODE_ENV === 'production');
process.env.NODE_ENV = 'production';

const { start } = await import('../build/server/index.js');
await start();
