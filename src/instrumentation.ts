// Runs once when the server starts: validate the environment before serving anything, log
// (never die of) errors nobody caught, listen for CMS content changes, and start Payload with
// its job crons (scheduled publishing).
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    await import('./env');
    // A build renders pages but serves nobody: no feed, no job runner.
    if (process.env.NEXT_PHASE === 'phase-production-build') return;
    const [{ installProcessGuards }, { logger }] = await Promise.all([
      import('./server/system/process-guards'),
      import('./server/logging/logger'),
    ]);
    installProcessGuards(logger.child({ process: 'web' }), 'keep-serving');
    const { startContentServices } = await import('./server/content/startup');
    await startContentServices();
  }
}
