import { useCallback, useEffect, useState, type FormEvent } from 'react';
import {
  Box,
  Button,
  Field,
  Flex,
  Grid,
  MultiSelect,
  MultiSelectOption,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  TextInput,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Layouts, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { AgencyMessageKey } from './messages';
import { useMyAgencies, type AgencyOption } from './use-my-agencies';

type Account = {
  id: number;
  name: string;
  email: string;
  isActive: boolean;
  roles: string[];
  agency: string | null;
  grants: string[];
};
type Role = { id: number; name: string; code: string };

/** An error answer of the admin's fetch client as a sentence for the editor. */
const errorText = (error: unknown): string => {
  const answer = error as { response?: { data?: { error?: { message?: string } } }; message?: string };
  return answer.response?.data?.error?.message ?? answer.message ?? String(error);
};

function useTexts() {
  const { formatMessage } = useIntl();
  return (id: AgencyMessageKey, values?: Record<string, string>) => formatMessage({ id }, values);
}

/** One account's row: its agency (and grants, for a central account), saved on its own. */
function AccountRow({
  account,
  agencies,
  editable,
}: {
  account: Account;
  agencies: AgencyOption[];
  editable: boolean;
}) {
  const text = useTexts();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [agency, setAgency] = useState(account.agency ?? '');
  const [grants, setGrants] = useState<string[]>(account.grants);
  const [saving, setSaving] = useState(false);
  const central = agencies.find((option) => option.code === agency)?.kind === 'central';
  const save = async () => {
    setSaving(true);
    try {
      await post(`/thads-agencies/accounts/${account.id}`, { agency, grants: central ? grants : [] });
      const name = agencies.find((option) => option.code === agency)?.name ?? agency;
      toggleNotification({
        type: 'success',
        message: text('thads.agencies.accounts.saved', { name: account.name, agency: name }),
      });
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorText(error) });
    } finally {
      setSaving(false);
    }
  };
  const labelId = `account-${account.id}`;
  return (
    <Tr>
      <Td>
        <Typography id={labelId} textColor="neutral800" fontWeight="semiBold">
          {account.name}
        </Typography>
        <Typography tag="p" textColor="neutral600" variant="pi">
          {account.email}
        </Typography>
      </Td>
      <Td>
        <Typography textColor="neutral800">{account.roles.join(', ')}</Typography>
      </Td>
      <Td>
        {editable ? (
          <SingleSelect
            aria-labelledby={labelId}
            aria-label={text('thads.agencies.accounts.agency')}
            value={agency || undefined}
            placeholder={text('thads.agencies.accounts.unassigned')}
            onChange={(code: string | number) => setAgency(String(code))}
          >
            {agencies.map((option) => (
              <SingleSelectOption key={option.code} value={option.code}>
                {option.name}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        ) : (
          <Typography textColor="neutral800">
            {agencies.find((option) => option.code === account.agency)?.name ??
              text('thads.agencies.accounts.unassigned')}
          </Typography>
        )}
      </Td>
      <Td>
        {editable && central ? (
          <MultiSelect
            aria-label={text('thads.agencies.accounts.grants')}
            value={grants}
            onChange={(codes: string[]) => setGrants(codes)}
            withTags
          >
            {agencies
              .filter((option) => option.code !== agency)
              .map((option) => (
                <MultiSelectOption key={option.code} value={option.code}>
                  {option.name}
                </MultiSelectOption>
              ))}
          </MultiSelect>
        ) : (
          <Typography textColor="neutral800">
            {account.grants.map((code) => agencies.find((option) => option.code === code)?.name ?? code).join(', ')}
          </Typography>
        )}
      </Td>
      <Td>
        {editable && (
          <Button variant="secondary" onClick={save} loading={saving} disabled={!agency}>
            {text('thads.agencies.accounts.save')}
          </Button>
        )}
      </Td>
    </Tr>
  );
}

/** Inviting an editor with their agency, as Strapi's own invitation does, the agency asked for first. */
function InviteForm({ agencies, onInvited }: { agencies: AgencyOption[]; onInvited: () => void }) {
  const text = useTexts();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [roles, setRoles] = useState<Role[]>([]);
  const [form, setForm] = useState({ firstname: '', lastname: '', email: '', role: '', agency: '' });
  const [link, setLink] = useState<{ email: string; url: string } | null>(null);
  useEffect(() => {
    get<{ data: Role[] }>('/admin/roles')
      .then((response) => setRoles(response.data.data))
      .catch(() => setRoles([]));
  }, [get]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const response = await post<{ data: { email: string; registrationToken: string | null } }>(
        '/thads-agencies/invitations',
        { ...form, roles: [Number(form.role)] },
      );
      const { email, registrationToken } = response.data.data;
      setLink({ email, url: `${window.location.origin}/admin/auth/register?registrationToken=${registrationToken}` });
      setForm({ firstname: '', lastname: '', email: '', role: '', agency: '' });
      onInvited();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorText(error) });
    }
  };
  const input = (key: 'firstname' | 'lastname' | 'email', label: AgencyMessageKey, type = 'text') => (
    <Field.Root name={key} required={key !== 'lastname'}>
      <Field.Label>{text(label)}</Field.Label>
      <TextInput
        type={type}
        value={form[key]}
        onChange={(event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value })}
      />
    </Field.Root>
  );
  return (
    <Box tag="section" aria-labelledby="invite-title" background="neutral0" padding={6} shadow="filterShadow" hasRadius>
      <Typography id="invite-title" tag="h2" variant="delta">
        {text('thads.agencies.invite.title')}
      </Typography>
      <form onSubmit={submit}>
        <Grid.Root gap={4} paddingTop={4}>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            {input('firstname', 'thads.agencies.invite.firstname')}
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            {input('lastname', 'thads.agencies.invite.lastname')}
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            {input('email', 'thads.agencies.invite.email', 'email')}
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="role" required>
              <Field.Label>{text('thads.agencies.invite.role')}</Field.Label>
              <SingleSelect
                value={form.role || undefined}
                onChange={(id: string | number) => setForm({ ...form, role: String(id) })}
              >
                {roles.map((role) => (
                  <SingleSelectOption key={role.id} value={String(role.id)}>
                    {role.name}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="agency" required>
              <Field.Label>{text('thads.agencies.invite.agency')}</Field.Label>
              <SingleSelect
                value={form.agency || undefined}
                onChange={(code: string | number) => setForm({ ...form, agency: String(code) })}
              >
                {agencies.map((option) => (
                  <SingleSelectOption key={option.code} value={option.code}>
                    {option.name}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Grid.Item>
        </Grid.Root>
        <Flex paddingTop={4} gap={4}>
          <Button type="submit" disabled={!form.firstname || !form.email || !form.role || !form.agency}>
            {text('thads.agencies.invite.submit')}
          </Button>
        </Flex>
      </form>
      {link && (
        <Box paddingTop={4} role="status">
          <Typography tag="p">{text('thads.agencies.invite.link', { email: link.email })}</Typography>
          <Typography tag="p" variant="pi" textColor="neutral800" style={{ wordBreak: 'break-all' }}>
            {link.url}
          </Typography>
        </Box>
      )}
    </Box>
  );
}

/** Settings → "Cơ quan của tài khoản": every admin account with its agency; Super Admins assign them and invite. */
export default function AccountsPage() {
  const text = useTexts();
  const { get } = useFetchClient();
  const mine = useMyAgencies();
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    get<{ data: Account[] }>('/thads-agencies/accounts')
      .then((response) => setAccounts(response.data.data))
      .catch((failure: unknown) => setError(errorText(failure)));
  }, [get]);
  useEffect(load, [load]);
  const agencies = mine?.agencies ?? [];
  return (
    <Layouts.Root>
      <Layouts.Header
        title={text('thads.agencies.accounts.title')}
        subtitle={text('thads.agencies.accounts.subtitle')}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {error && (
            <Typography role="alert" textColor="danger600">
              {error}
            </Typography>
          )}
          {mine && !mine.all && <Typography tag="p">{text('thads.agencies.accounts.onlySuperAdmins')}</Typography>}
          {mine?.all && <InviteForm agencies={agencies} onInvited={load} />}
          {accounts && (
            <Table colCount={5} rowCount={accounts.length + 1}>
              <Thead>
                <Tr>
                  <Th>
                    <Typography variant="sigma">{text('thads.agencies.accounts.name')}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{text('thads.agencies.accounts.roles')}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{text('thads.agencies.accounts.agency')}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{text('thads.agencies.accounts.grants')}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{text('thads.agencies.accounts.save')}</Typography>
                  </Th>
                </Tr>
              </Thead>
              <Tbody>
                {accounts.map((account) => (
                  <AccountRow key={account.id} account={account} agencies={agencies} editable={mine?.all === true} />
                ))}
              </Tbody>
            </Table>
          )}
        </Flex>
      </Layouts.Content>
    </Layouts.Root>
  );
}
