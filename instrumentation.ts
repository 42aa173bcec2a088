export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkServerEnvironment } = await import("./lib/startup");
    checkServerEnvironment();
    // Daily reminders and digests: pg-boss on PostgreSQL, a timer on the embedded database.
    const { startScheduler } = await import("./lib/jobs/scheduler");
    await startScheduler();
    // Files of uploads that never got their row (a crash mid-upload): swept after start-up, then daily.
    const { scheduleOrphanSweeps } = await import("./lib/dal/document-store");
    scheduleOrphanSweeps();
  }
}
