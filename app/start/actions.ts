"use server";

import { headers } from "next/headers";
import { publicAction } from "@/lib/actions/define";
import { clientAddress } from "@/lib/auth/client-address";
import { getConfig } from "@/lib/config";
import { confirmByLink, lookUpSchool, requestSchool } from "@/lib/school-requests/queries";
import { confirmLinkSchema, lookUpSchema, schoolRequestFields } from "@/lib/school-requests/schemas";

// Before anyone is signed in. Nothing here says whether an address has an account.

export const lookUpAction = publicAction({
  name: "lookUpSchoolForRequest",
  schema: lookUpSchema,
  run: ({ urn }) => lookUpSchool(urn),
});

export const requestSchoolAction = publicAction({
  name: "requestSchool",
  // The email's domain rule needs the register's website: requestSchool checks it again with it.
  schema: schoolRequestFields,
  run: async (input) => {
    const address = clientAddress((await headers()).get("x-forwarded-for"), getConfig().trustedProxyHops);
    return requestSchool(input, address);
  },
});

export const confirmSchoolAction = publicAction({
  name: "confirmSchoolRequest",
  schema: confirmLinkSchema,
  run: ({ token }) => confirmByLink(token),
});
