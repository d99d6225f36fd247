import { useCallback, useEffect, useState } from 'react';
import {
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page, useAuth, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { startRegistration } from '@simplewebauthn/browser';
import { ConfirmAction } from '../confirm-dialog';
import { errorText, useText } from '../history/i18n';

/** What the server says of the signed-in account's factors (`src/admin-accounts/routes.ts`, `/thads-auth/me`). */
type Factors = {
  totp: boolean;
  passkeys: Array<{ id: string; name: string; createdAt: string }>;
  recoveryCodesLeft: number;
  enrolled: boolean;
  required: boolean;
};
type Account = { id: number; firstname?: string | null; lastname?: string | null; email: string };

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={6} marginBottom={6}>
    <Typography tag="h2" variant="delta" marginBottom={4}>
      {title}
    </Typography>
    {children}
  </Box>
);

/** Ten one-time codes, shown once: to print or write down. */
function RecoveryCodes({ codes }: { codes: string[] }) {
  const { text } = useText();
  return (
    <Box background="warning100" borderColor="warning200" hasRadius padding={4} marginTop={4} role="status">
      <Typography tag="p" fontWeight="bold">
        {text('thads.security.codes.shown-once')}
      </Typography>
      <ol style={{ columns: 2, fontFamily: 'monospace', fontSize: 16, marginTop: 8 }}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
    </Box>
  );
}

/** "Bảo mật tài khoản": the signed-in account's second factors, and a Super Admin's reset of a colleague's. */
export default function SecurityPage() {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { text, when } = useText();
  const roles = useAuth('SecurityPage', (auth) => auth.user?.roles ?? []);
  const superAdmin = roles.some((role) => role.code === 'strapi-super-admin');
  const [factors, setFactors] = useState<Factors | null>(null);
  const [totp, setTotp] = useState<{ secret: string; qrSvg: string } | null>(null);
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [target, setTarget] = useState('');
  const [confirming, setConfirming] = useState(false);
  const fail = useCallback(
    (error: unknown) => toggleNotification({ type: 'danger', message: errorText(error) }),
    [toggleNotification],
  );
  const load = useCallback(
    () =>
      get<{ data: Factors }>('/thads-auth/me')
        .then(({ data }) => setFactors(data.data))
        .catch(fail),
    [get, fail],
  );

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (!superAdmin) return;
    get<{ data: { results: Account[] } }>('/admin/users?pageSize=100&sort=firstname')
      .then(({ data }) => setAccounts(data.data.results))
      .catch(fail);
  }, [get, fail, superAdmin]);

  const run = async (work: () => Promise<void>) => {
    try {
      await work();
      await load();
    } catch (error) {
      fail(error);
    }
  };
  const startTotp = () =>
    run(async () => {
      const { data } = await post<{ data: { secret: string; qrSvg: string } }>('/thads-auth/me/totp');
      setTotp(data.data);
      setCodes(null);
    });
  const confirmTotp = () =>
    run(async () => {
      const { data } = await post<{ data: { recoveryCodes: string[] } }>('/thads-auth/me/totp/confirm', { code });
      setTotp(null);
      setCode('');
      setCodes(data.data.recoveryCodes);
      toggleNotification({ type: 'success', message: text('thads.security.totp.done') });
    });
  const addPasskey = () =>
    run(async () => {
      const { data: options } = await post<{ data: Parameters<typeof startRegistration>[0]['optionsJSON'] }>(
        '/thads-auth/me/passkey/options',
      );
      const response = await startRegistration({ optionsJSON: options.data });
      const { data } = await post<{ data: { recoveryCodes?: string[] } }>('/thads-auth/me/passkey', {
        response,
        name: navigator.platform || text('thads.security.passkey.default-name'),
      });
      if (data.data.recoveryCodes) setCodes(data.data.recoveryCodes);
      toggleNotification({ type: 'success', message: text('thads.security.passkey.done') });
    });
  const removePasskey = (id: string) =>
    run(async () => {
      await post(`/thads-auth/me/passkey/${encodeURIComponent(id)}/delete`);
    });
  const newCodes = () =>
    run(async () => {
      const { data } = await post<{ data: { recoveryCodes: string[] } }>('/thads-auth/me/recovery-codes');
      setCodes(data.data.recoveryCodes);
    });
  const reset = () =>
    run(async () => {
      await post(`/thads-auth/users/${target}/reset`);
      setConfirming(false);
      toggleNotification({ type: 'success', message: text('thads.security.reset.done') });
    });

  const name = (account: Account) => [account.firstname, account.lastname].filter(Boolean).join(' ') || account.email;

  return (
    <Page.Main>
      <Page.Title>{text('thads.security.title')}</Page.Title>
      <Layouts.Header title={text('thads.security.title')} subtitle={text('thads.security.subtitle')} />
      <Layouts.Content>
        {factors && (
          <Section title={text('thads.security.mine')}>
            <Typography tag="p" marginBottom={4}>
              {text(factors.required ? 'thads.security.required' : 'thads.security.optional')}
            </Typography>
            <Typography tag="h3" variant="omega" fontWeight="bold">
              {text('thads.security.totp.title')}
            </Typography>
            <Typography tag="p" marginBottom={2}>
              {text(factors.totp ? 'thads.security.totp.on' : 'thads.security.totp.off')}
            </Typography>
            {!totp && (
              <Button variant="secondary" onClick={() => void startTotp()}>
                {text(factors.totp ? 'thads.security.totp.replace' : 'thads.security.totp.start')}
              </Button>
            )}
            {totp && (
              <Box marginTop={2}>
                <Typography tag="p">{text('thads.security.totp.scan')}</Typography>
                <div
                  role="img"
                  aria-label={text('thads.security.totp.qr')}
                  style={{ width: 192, height: 192 }}
                  // The QR code is the server's SVG of the otpauth:// address, made by the `qrcode` package.
                  dangerouslySetInnerHTML={{ __html: totp.qrSvg }}
                />
                <Typography tag="p">
                  {text('thads.security.totp.key')} <code>{totp.secret}</code>
                </Typography>
                <Flex gap={2} alignItems="flex-end" marginTop={2}>
                  <Field.Root name="thads-totp-code" id="thads-totp-code">
                    <Field.Label>{text('thads.security.totp.code')}</Field.Label>
                    <TextInput
                      inputMode="numeric"
                      autoComplete="one-time-code"
                      maxLength={7}
                      value={code}
                      onChange={(event) => setCode(event.target.value)}
                    />
                  </Field.Root>
                  <Button onClick={() => void confirmTotp()} disabled={code.trim().length < 6}>
                    {text('thads.security.totp.confirm')}
                  </Button>
                </Flex>
              </Box>
            )}
            <Typography tag="h3" variant="omega" fontWeight="bold" marginTop={6}>
              {text('thads.security.passkey.title')}
            </Typography>
            {factors.passkeys.length === 0 ? (
              <Typography tag="p">{text('thads.security.passkey.none')}</Typography>
            ) : (
              <ul style={{ listStyle: 'none', padding: 0 }}>
                {factors.passkeys.map((passkey) => (
                  <li key={passkey.id}>
                    <Flex gap={4} alignItems="center" paddingBottom={2}>
                      <Typography>
                        {passkey.name} · {when(passkey.createdAt)}
                      </Typography>
                      <Button size="S" variant="danger-light" onClick={() => void removePasskey(passkey.id)}>
                        {text('thads.security.passkey.remove', { name: passkey.name })}
                      </Button>
                    </Flex>
                  </li>
                ))}
              </ul>
            )}
            <Button variant="secondary" marginTop={2} onClick={() => void addPasskey()}>
              {text('thads.security.passkey.add')}
            </Button>
            <Typography tag="h3" variant="omega" fontWeight="bold" marginTop={6}>
              {text('thads.security.codes.title')}
            </Typography>
            <Typography tag="p" marginBottom={2}>
              {text('thads.security.codes.left', { count: factors.recoveryCodesLeft })}
            </Typography>
            <Button variant="secondary" disabled={!factors.enrolled} onClick={() => void newCodes()}>
              {text('thads.security.codes.new')}
            </Button>
            {codes && <RecoveryCodes codes={codes} />}
          </Section>
        )}
        {superAdmin && (
          <Section title={text('thads.security.reset.title')}>
            <Typography tag="p" marginBottom={4}>
              {text('thads.security.reset.hint')}
            </Typography>
            <Flex gap={4} alignItems="flex-end" wrap="wrap">
              <Field.Root name="thads-reset-account" id="thads-reset-account" width="360px">
                <Field.Label>{text('thads.security.reset.account')}</Field.Label>
                <SingleSelect value={target} onChange={(value) => setTarget(String(value))}>
                  {accounts.map((account) => (
                    <SingleSelectOption key={account.id} value={String(account.id)}>
                      {`${name(account)} (${account.email})`}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
              <Button variant="danger" disabled={target === ''} onClick={() => setConfirming(true)}>
                {text('thads.security.reset.button')}
              </Button>
            </Flex>
            <ConfirmAction
              open={confirming}
              onClose={() => setConfirming(false)}
              title={text('thads.security.reset.button')}
              message={text('thads.security.reset.confirm')}
              action={text('thads.security.reset.button')}
              danger
              onConfirm={() => void reset()}
            />
          </Section>
        )}
      </Layouts.Content>
    </Page.Main>
  );
}
