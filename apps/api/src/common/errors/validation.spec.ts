import type { ArgumentMetadata } from '@nestjs/common';
import { IsEmail, ValidationError } from 'class-validator';
import { IsName } from '../text/is-name.decorator';
import type { DomainException } from './domain.exception';
import { InputValidationPipe, validationException } from './validation';

const error = (
  property: string,
  constraints: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError => Object.assign(new ValidationError(), { property, constraints, children });

describe(validationException.name, () => {
  it('names the field and the limit of an over-long value', () => {
    const exception = validationException([
      error('displayName', { maxLength: 'displayName must be shorter than or equal to 120 characters' }),
    ]);
    expect(exception).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'input.tooLong',
      params: { field: 'displayName', max: 120 },
      extensions: { field: 'displayName' },
    });
  });

  it('follows nested inputs to the failing field', () => {
    const exception = validationException([
      error('input', {}, [error('email', { isEmail: 'email must be an email' })]),
    ]);
    expect(exception).toMatchObject({ messageKey: 'input.email', extensions: { field: 'input.email' } });
  });

  it('counts the items of an over-long list, not characters', () => {
    const exception = validationException([
      error('roles', { arrayMaxSize: 'roles must contain no more than 5 elements' }),
    ]);
    expect(exception).toMatchObject({ messageKey: 'input.tooMany', params: { field: 'roles', max: 5 } });
  });

  it('names the character a name may not hold', () => {
    const exception = validationException([
      error('displayName', { isName: 'displayName holds U+202E, which has no place in a name' }),
    ]);
    expect(exception).toMatchObject({
      messageKey: 'input.nameCharacters',
      params: { field: 'displayName', character: 'U+202E' },
    });
  });

  it('calls a field outside the input unknown', () => {
    expect(
      validationException([error('rank', { whitelistValidation: 'property rank should not exist' })])
        .messageKey,
    ).toBe('input.unknownField');
  });
});

describe(InputValidationPipe.name, () => {
  class Input {
    @IsEmail()
    email!: string;

    @IsName()
    displayName!: string;
  }
  const pipe = new InputValidationPipe({ transform: true, exceptionFactory: validationException });
  const refusal = (value: unknown, metadata: ArgumentMetadata) =>
    pipe.transform(value, metadata).then(
      () => null,
      (exception: DomainException) => ({
        code: exception.code,
        messageKey: exception.messageKey,
        field: exception.extensions.field,
      }),
    );

  it('refuses a half surrogate before a validator throws on it, naming the field', async () => {
    expect(
      await refusal(
        { email: 'a@\uD800.test', displayName: 'A' },
        { type: 'body', metatype: Input, data: 'input' },
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      messageKey: 'input.unstorableText',
      field: 'email',
    });
  });

  it('refuses a NUL in a plain argument, naming the argument', async () => {
    expect(await refusal('a\u0000', { type: 'body', metatype: String, data: 'id' })).toMatchObject({
      messageKey: 'input.unstorableText',
      field: 'id',
    });
  });

  it('refuses a name that would show as another', async () => {
    expect(
      await refusal(
        { email: 'a@b.test', displayName: 'Berg\u202E' },
        { type: 'body', metatype: Input, data: 'input' },
      ),
    ).toMatchObject({
      messageKey: 'input.nameCharacters',
      field: 'displayName',
    });
  });

  it('lets well-formed input through, and leaves what custom decorators give alone', async () => {
    await expect(
      pipe.transform(
        { email: 'a@b.test', displayName: 'Þórdís' },
        { type: 'body', metatype: Input, data: 'input' },
      ),
    ).resolves.toBeInstanceOf(Input);
    const request = { header: '\u0000' };
    await expect(pipe.transform(request, { type: 'custom' })).resolves.toBe(request);
  });
});
