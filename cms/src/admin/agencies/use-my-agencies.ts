import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

export type AgencyOption = { code: string; name: string; kind: string; successor: string | null };
/** The signed-in account's agencies, as `/thads-agencies/me` answers (cms/src/agencies/admin-accounts.ts). */
export type MyAgencies = {
  own: string | null;
  all: boolean;
  central: boolean;
  home: string;
  agencies: AgencyOption[];
};

let pending: Promise<MyAgencies> | null = null;

/** Asked once per page load: every field, list and page of the admin reads the same answer. */
export function useMyAgencies(): MyAgencies | null {
  const { get } = useFetchClient();
  const [mine, setMine] = useState<MyAgencies | null>(null);
  useEffect(() => {
    let live = true;
    pending ??= get<{ data: MyAgencies }>('/thads-agencies/me').then((response) => response.data.data);
    pending.then(
      (answer) => live && setMine(answer),
      () => {
        pending = null;
      },
    );
    return () => {
      live = false;
    };
  }, [get]);
  return mine;
}

/** An agency's name among those the account knows, else its code. */
export const agencyName = (mine: MyAgencies | null, code: string | null | undefined): string =>
  (code && mine?.agencies.find((agency) => agency.code === code)?.name) || code || '';
