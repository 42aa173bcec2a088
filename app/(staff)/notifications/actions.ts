"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireArea } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/dal/errors";
import { markAllRead, markRead } from "@/lib/dal/notifications";

const idSchema = z.strictObject({ id: z.uuid() });

/** Marks one of the signed-in user's notifications read; anyone else's answers 404. */
export async function markReadAction(formData: FormData): Promise<void> {
  const user = await requireArea("staff");
  const parsed = idSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) notFound();
  try {
    await markRead(user, parsed.data.id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  revalidatePath("/", "layout");
}

export async function markAllReadAction(): Promise<void> {
  const user = await requireArea("staff");
  await markAllRead(user);
  revalidatePath("/", "layout");
}
