export { formatDay } from "@/lib/i18n/dates";
