import { type FormEvent, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { isLocale, type Locale } from '@empact/domain';
import { LoginMutation, SetMyLanguageMutation } from '../../auth/auth.documents';
import { startSession, updateSessionAccount } from '../../auth/session';
import { serverErrors } from '../../graphql/errors';
import {
  applyLocale,
  currentLocale,
  forgetLoginChoice,
  loginChoice,
  rememberLoginChoice,
} from '../../i18n/i18n';
import { LanguageSwitcher } from '../shell/language-switcher';
import {
  EMPTY_SECOND_FACTOR,
  SecondFactorField,
  secondFactorVariables,
  type SecondFactorValue,
} from '../two-factor/second-factor-field';

export function LoginPage({ sessionEnded }: { sessionEnded: boolean }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // After a right password, an account with two-step sign-in is asked for a code: a second step of the same form.
  const [secondFactor, setSecondFactor] = useState<SecondFactorValue | null>(null);
  // A language picked here wins over the one saved on the account, and is then saved to it; remembered, so that a
  // reload of this page still shows it and still signs in with it.
  const [pickedLocale, setPickedLocale] = useState<Locale | null>(() => loginChoice() ?? null);
  const [{ fetching, error }, login] = useMutation(LoginMutation);
  const [, setMyLanguage] = useMutation(SetMyLanguageMutation);

  const pick = (locale: Locale) => {
    setPickedLocale(locale);
    rememberLoginChoice(locale);
    void applyLocale(locale);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await login({
      email: email.trim(),
      password,
      ...(secondFactor ? secondFactorVariables(secondFactor) : {}),
    });
    const payload = result.data?.login;
    if (!payload) {
      if (serverErrors(result.error, '')[0]?.code === 'TWO_FACTOR_REQUIRED')
        setSecondFactor(secondFactor ?? EMPTY_SECOND_FACTOR);
      return;
    }
    const { account } = payload;
    forgetLoginChoice();
    if (pickedLocale) {
      if (pickedLocale !== currentLocale()) await applyLocale(pickedLocale);
      startSession(payload);
      if (account.language !== pickedLocale) {
        const saved = await setMyLanguage({ language: pickedLocale });
        if (saved.data) updateSessionAccount(saved.data.setMyLanguage);
      }
    } else {
      if (isLocale(account.language) && account.language !== currentLocale())
        await applyLocale(account.language);
      startSession(payload);
    }
  };

  const answer = serverErrors(error, t('errors.network'))[0];
  // Being asked for the code is the next step, not a problem: the step says what to enter.
  const problem = answer?.code === 'TWO_FACTOR_REQUIRED' && secondFactor ? undefined : answer;

  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-light)">
      <Group justify="flex-end" p="sm">
        <LanguageSwitcher onChange={pick} />
      </Group>
      <Center px="md" pb="xl">
        <Paper component="main" withBorder shadow="sm" p="xl" w="100%" maw={400}>
          <form onSubmit={(event) => void submit(event)} noValidate={false}>
            <Stack gap="md">
              <div>
                <Text size="sm" c="dimmed" fw={600} tt="uppercase">
                  {t('common:appName')}
                </Text>
                <Title order={1} size="h2">
                  {secondFactor ? t('twoFactor.login.title') : t('login.title')}
                </Title>
              </div>
              {sessionEnded && !problem && (
                <Alert color="yellow" icon={<IconInfoCircle aria-hidden />} role="status">
                  {t('login.sessionEnded')}
                </Alert>
              )}
              {problem && (
                <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
                  {problem.message}
                </Alert>
              )}
              {secondFactor ? (
                <>
                  <Text>
                    {secondFactor.kind === 'code'
                      ? t('twoFactor.login.codeIntro')
                      : t('twoFactor.login.recoveryIntro')}
                  </Text>
                  <SecondFactorField value={secondFactor} onChange={setSecondFactor} autoFocus />
                  <Button type="submit" loading={fetching} fullWidth>
                    {t('twoFactor.login.verify')}
                  </Button>
                  <Button
                    variant="subtle"
                    onClick={() => {
                      setSecondFactor(null);
                      setPassword('');
                    }}
                  >
                    {t('twoFactor.login.back')}
                  </Button>
                </>
              ) : (
                <>
                  <TextInput
                    label={t('common:field.email')}
                    type="email"
                    autoComplete="username"
                    required
                    autoFocus
                    value={email}
                    onChange={(event) => setEmail(event.currentTarget.value)}
                  />
                  <PasswordInput
                    label={t('common:field.password')}
                    autoComplete="current-password"
                    required
                    value={password}
                    onChange={(event) => setPassword(event.currentTarget.value)}
                  />
                  <Button type="submit" loading={fetching} fullWidth>
                    {t('login.submit')}
                  </Button>
                </>
              )}
            </Stack>
          </form>
        </Paper>
      </Center>
    </Box>
  );
}
