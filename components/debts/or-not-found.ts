import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/dal/errors";

/** Turns the DAL's NotFoundError (missing, or not this user's) into the same 404 page. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
