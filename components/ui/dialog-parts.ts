// Shared looks of modal dialogs (Dialog and ConfirmDialog), so both feel like one product.
export const overlayClasses = "fixed inset-0 z-40 bg-ink/50 data-[state=open]:animate-fade-in";

export const contentClasses =
  "fixed top-1/2 left-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-[var(--radius-card)] bg-surface p-6 shadow-xl focus:outline-none";

export const titleClasses = "text-lg font-semibold text-ink";
export const descriptionClasses = "mt-2 text-ink-muted";
export const footerClasses = "mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end";
