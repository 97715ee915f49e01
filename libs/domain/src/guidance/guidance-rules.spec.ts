import {
  debriefSubmitProblems,
  guidanceApplies,
  guidanceTargetProblem,
  owedDebriefs,
  translationStatus,
} from './guidance-rules';

describe('translationStatus', () => {
  it('is missing without a translation', () => {
    expect(translationStatus(null, 3)).toBe('MISSING');
  });

  it('is draft or current when made from the latest source', () => {
    expect(translationStatus({ status: 'DRAFT', sourceRevision: 3 }, 3)).toBe('DRAFT');
    expect(translationStatus({ status: 'CURRENT', sourceRevision: 3 }, 3)).toBe('CURRENT');
  });

  it('turns outdated by itself when the source changes afterwards', () => {
    expect(translationStatus({ status: 'CURRENT', sourceRevision: 2 }, 3)).toBe('OUTDATED');
    expect(translationStatus({ status: 'DRAFT', sourceRevision: 1 }, 3)).toBe('OUTDATED');
  });
});

describe('guidanceApplies', () => {
  const session = { id: 's1', platform: 'DISCORD' };
  it('applies a week note to everyone', () => {
    expect(guidanceApplies({ scope: 'WEEK' }, session, 'FI')).toBe(true);
  });

  it('applies a country note to that country only', () => {
    expect(guidanceApplies({ scope: 'COUNTRY', scopeCountry: 'FI' }, session, 'FI')).toBe(true);
    expect(guidanceApplies({ scope: 'COUNTRY', scopeCountry: 'FI' }, session, 'BE')).toBe(false);
  });

  it('applies a platform or session note where it matches', () => {
    expect(guidanceApplies({ scope: 'PLATFORM', scopePlatform: 'DISCORD' }, session, 'BE')).toBe(true);
    expect(guidanceApplies({ scope: 'PLATFORM', scopePlatform: 'ROBLOX' }, session, 'BE')).toBe(false);
    expect(guidanceApplies({ scope: 'SESSION', scopeSessionId: 's2' }, session, 'BE')).toBe(false);
  });

  it('names what a scope lacks', () => {
    expect(guidanceTargetProblem({ scope: 'COUNTRY' })).toBe('scopeCountry');
    expect(guidanceTargetProblem({ scope: 'SESSION', scopeSessionId: 's1' })).toBeNull();
  });
});

describe('debriefs', () => {
  it('needs an English summary and a wellbeing score to submit', () => {
    expect(debriefSubmitProblems({ summaryEn: '  ', wellbeingScore: 4 })).toEqual(['summaryEn']);
    expect(debriefSubmitProblems({ summaryEn: 'Went well', wellbeingScore: 6 })).toEqual(['wellbeingScore']);
    expect(debriefSubmitProblems({ summaryEn: 'Went well', wellbeingScore: 4 })).toEqual([]);
  });

  it('owes a debrief from each country of an ended session until it is submitted', () => {
    expect(
      owedDebriefs({ status: 'ENDED', countries: ['NL', 'IS'] }, [
        { country: 'NL', status: 'SUBMITTED' },
        { country: 'IS', status: 'DRAFT' },
      ]),
    ).toEqual(['IS']);
    expect(owedDebriefs({ status: 'LIVE', countries: ['NL'] }, [])).toEqual([]);
    expect(
      owedDebriefs({ status: 'ENDED', countries: ['NL'] }, [{ country: 'NL', status: 'REVISION_REQUESTED' }]),
    ).toEqual(['NL']);
  });
});
