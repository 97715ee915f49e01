/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionAccountFields on Account {\n    id\n    email\n    displayName\n    country\n    roles\n    language\n    disabled\n    createdAt\n    lastLoginAt\n  }\n": typeof types.SessionAccountFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!, $code: String, $recoveryCode: String) {\n    login(email: $email, password: $password, code: $code, recoveryCode: $recoveryCode) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccountFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccountFields\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SetMyLanguage($language: String!) {\n    setMyLanguage(language: $language) {\n      ...SessionAccountFields\n    }\n  }\n": typeof types.SetMyLanguageDocument,
    "\n  subscription SessionEnded {\n    sessionEnded {\n      reason\n      at\n    }\n  }\n": typeof types.SessionEndedDocument,
    "\n  fragment AccountRowFields on Account {\n    id\n    email\n    displayName\n    country\n    roles\n    language\n    disabled\n    createdAt\n    lastLoginAt\n  }\n": typeof types.AccountRowFieldsFragmentDoc,
    "\n  query Accounts($filter: AccountFilter) {\n    accounts(filter: $filter) {\n      ...AccountRowFields\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n": typeof types.UpdateAccountDocument,
    "\n  mutation SetAccountDisabled($id: ID!, $disabled: Boolean!) {\n    setAccountDisabled(id: $id, disabled: $disabled) {\n      ...AccountRowFields\n    }\n  }\n": typeof types.SetAccountDisabledDocument,
    "\n  mutation SetAccountPassword($id: ID!, $password: String!) {\n    setAccountPassword(id: $id, password: $password) {\n      id\n    }\n  }\n": typeof types.SetAccountPasswordDocument,
    "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    action\n    targetType\n    targetId\n    outcome\n    weekId\n    weekCode\n    details\n    actor {\n      id\n      displayName\n      email\n      roles\n      country\n    }\n  }\n": typeof types.AuditEntryFieldsFragmentDoc,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AuditEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditActors {\n    auditActors {\n      id\n      displayName\n      email\n      roles\n      country\n    }\n  }\n": typeof types.AuditActorsDocument,
    "\n  query WeekRetentions {\n    weekRetentions {\n      weekId\n      code\n      status\n      closedAt\n      retentionDays\n      textsDeletionDue\n      textsDeletedAt\n      lastRun {\n        at\n        interactions\n        referrals\n      }\n    }\n  }\n": typeof types.WeekRetentionsDocument,
    "\n  query CalendarFeeds {\n    calendarFeeds {\n      id\n      weekId\n      scope\n      country\n      createdAt\n      revokedAt\n    }\n  }\n": typeof types.CalendarFeedsDocument,
    "\n  mutation CreateCalendarFeed($weekId: ID!, $scope: CalendarFeedScope!, $country: String) {\n    createCalendarFeed(weekId: $weekId, scope: $scope, country: $country) {\n      id\n      url\n      weekId\n      scope\n      country\n      createdAt\n      revokedAt\n    }\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed($id: ID!) {\n    revokeCalendarFeed(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  fragment DebriefFields on Debrief {\n    id\n    sessionId\n    weekId\n    country\n    author\n    language\n    whatWorked\n    challenges\n    signals\n    platformObservations\n    wellbeingScore\n    wellbeingText\n    guidanceSuggestions\n    summaryEn\n    status\n    submittedAt\n    updatedAt\n    version\n    comments {\n      author\n      body\n      requestsRevision\n      createdAt\n    }\n  }\n": typeof types.DebriefFieldsFragmentDoc,
    "\n  query DebriefSession($sessionId: ID!) {\n    patrolSession(id: $sessionId) {\n      id\n      weekId\n      platform {\n        code\n        name\n      }\n      venue\n      startsAt\n      endsAt\n      status\n      countries\n    }\n  }\n": typeof types.DebriefSessionDocument,
    "\n  query DebriefWeek($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      timeZone\n      countries {\n        country\n        languages\n      }\n    }\n  }\n": typeof types.DebriefWeekDocument,
    "\n  query Debriefs($filter: DebriefFilter!) {\n    debriefs(filter: $filter) {\n      ...DebriefFields\n    }\n  }\n": typeof types.DebriefsDocument,
    "\n  query OwedDebriefs($weekId: ID!) {\n    owedDebriefs(weekId: $weekId) {\n      sessionId\n      country\n      sessionEndsAt\n      state\n    }\n    schedule(weekId: $weekId) {\n      id\n      platform {\n        code\n        name\n      }\n      venue\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.OwedDebriefsDocument,
    "\n  mutation SaveDebrief($input: SaveDebriefInput!) {\n    saveDebrief(input: $input) {\n      ...DebriefFields\n    }\n  }\n": typeof types.SaveDebriefDocument,
    "\n  mutation SubmitDebrief($id: ID!, $version: Int!) {\n    submitDebrief(id: $id, version: $version) {\n      ...DebriefFields\n    }\n  }\n": typeof types.SubmitDebriefDocument,
    "\n  mutation CommentDebrief($id: ID!, $body: String!, $requestRevision: Boolean) {\n    commentDebrief(id: $id, body: $body, requestRevision: $requestRevision) {\n      ...DebriefFields\n    }\n  }\n": typeof types.CommentDebriefDocument,
    "\n  query FeedWeek($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      timeZone\n      status\n      countries {\n        country\n        languages\n        shareNotes\n      }\n    }\n  }\n": typeof types.FeedWeekDocument,
    "\n  mutation SetNotesSharing($weekId: ID!, $shared: Boolean!) {\n    setNotesSharing(weekId: $weekId, shared: $shared) {\n      id\n      countries {\n        country\n        languages\n        shareNotes\n      }\n    }\n  }\n": typeof types.SetNotesSharingDocument,
    "\n  fragment GuidanceNoteFields on GuidanceNote {\n    id\n    weekId\n    category\n    scope\n    scopeCountry\n    scopePlatform\n    scopeSessionId\n    sourceLanguage\n    language\n    title\n    body\n    bodyHtml\n    translationStatus\n    translations {\n      language\n      status\n      sourceRevision\n    }\n    revision\n    published\n    pinned\n    readByMe\n    readCount\n    updatedAt\n    version\n  }\n": typeof types.GuidanceNoteFieldsFragmentDoc,
    "\n  query GuidanceWeek($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      title\n      timeZone\n      countries {\n        country\n        languages\n      }\n    }\n    platforms {\n      code\n      name\n    }\n    schedule(weekId: $weekId) {\n      id\n      platform {\n        code\n        name\n      }\n      venue\n      startsAt\n      endsAt\n      status\n    }\n  }\n": typeof types.GuidanceWeekDocument,
    "\n  query GuidanceNotes($filter: GuidanceFilter!) {\n    guidanceNotes(filter: $filter) {\n      ...GuidanceNoteFields\n    }\n  }\n": typeof types.GuidanceNotesDocument,
    "\n  query GuidanceNote($id: ID!, $language: String) {\n    guidanceNote(id: $id, language: $language) {\n      ...GuidanceNoteFields\n    }\n  }\n": typeof types.GuidanceNoteDocument,
    "\n  query GuidanceTranslationText($id: ID!, $language: String!) {\n    guidanceNote(id: $id) {\n      id\n      version\n      translation(language: $language) {\n        language\n        title\n        body\n        status\n        sourceRevision\n      }\n    }\n  }\n": typeof types.GuidanceTranslationTextDocument,
    "\n  query GuidanceRevisions($id: ID!) {\n    guidanceRevisions(id: $id) {\n      revision\n      title\n      bodyHtml\n      sourceLanguage\n      writtenAt\n      writtenBy\n    }\n  }\n": typeof types.GuidanceRevisionsDocument,
    "\n  query GuidanceReaders($weekId: ID!) {\n    guidanceReaders(weekId: $weekId) {\n      accountId\n      country\n      displayName\n      nextSessionId\n      nextSessionStartsAt\n      unreadNoteIds\n    }\n  }\n": typeof types.GuidanceReadersDocument,
    "\n  query UnreadGuidance($sessionId: ID!) {\n    unreadGuidance(sessionId: $sessionId) {\n      id\n      weekId\n      title\n      category\n      language\n      pinned\n    }\n  }\n": typeof types.UnreadGuidanceDocument,
    "\n  mutation WriteGuidanceNote($input: WriteGuidanceNoteInput!) {\n    writeGuidanceNote(input: $input) {\n      ...GuidanceNoteFields\n    }\n  }\n": typeof types.WriteGuidanceNoteDocument,
    "\n  mutation TranslateGuidanceNote($input: TranslateGuidanceNoteInput!) {\n    translateGuidanceNote(input: $input) {\n      ...GuidanceNoteFields\n    }\n  }\n": typeof types.TranslateGuidanceNoteDocument,
    "\n  mutation PublishGuidanceNote($id: ID!, $value: Boolean!) {\n    publishGuidanceNote(id: $id, value: $value) {\n      ...GuidanceNoteFields\n    }\n  }\n": typeof types.PublishGuidanceNoteDocument,
    "\n  mutation PinGuidanceNote($id: ID!, $value: Boolean!) {\n    pinGuidanceNote(id: $id, value: $value) {\n      ...GuidanceNoteFields\n    }\n  }\n": typeof types.PinGuidanceNoteDocument,
    "\n  mutation ConfirmGuidanceRead($noteId: ID!, $language: String!) {\n    confirmGuidanceRead(noteId: $noteId, language: $language) {\n      ...GuidanceNoteFields\n    }\n  }\n": typeof types.ConfirmGuidanceReadDocument,
    "\n  fragment InteractionFields on Interaction {\n    id\n    weekId\n    sessionId\n    country\n    platform\n    channel\n    occurredAt\n    durationMinutes\n    youngPeople\n    ageBand\n    topics\n    initiatedBy\n    tone\n    outcome\n    notes\n    notesLanguage\n    summaryEn\n    editable\n    referralUrgency\n    version\n    createdAt\n  }\n": typeof types.InteractionFieldsFragmentDoc,
    "\n  query MySessions {\n    mySessions {\n      id\n      weekId\n      platform {\n        code\n        name\n      }\n      venue\n      startsAt\n      endsAt\n      endedAt\n      status\n      countries\n    }\n    actionWeeks {\n      id\n      code\n      timeZone\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  query SessionLog($sessionId: ID!) {\n    patrolSession(id: $sessionId) {\n      ...PatrolSessionFields\n    }\n  }\n": typeof types.SessionLogDocument,
    "\n  query SessionWeek($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      timeZone\n      status\n      countries {\n        country\n        languages\n        shareNotes\n      }\n    }\n  }\n": typeof types.SessionWeekDocument,
    "\n  query SessionTotals($sessionId: ID!) {\n    sessionTotals(sessionId: $sessionId) {\n      interactions\n      youngPeople\n      referrals\n    }\n  }\n": typeof types.SessionTotalsDocument,
    "\n  query Interactions($filter: InteractionFilter!, $first: Int, $after: String) {\n    interactions(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...InteractionFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.InteractionsDocument,
    "\n  mutation LogInteraction($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      ...InteractionFields\n    }\n  }\n": typeof types.LogInteractionDocument,
    "\n  mutation UpdateInteraction($input: UpdateInteractionInput!) {\n    updateInteraction(input: $input) {\n      ...InteractionFields\n    }\n  }\n": typeof types.UpdateInteractionDocument,
    "\n  mutation DeleteInteraction($id: ID!, $version: Int!) {\n    deleteInteraction(id: $id, version: $version)\n  }\n": typeof types.DeleteInteractionDocument,
    "\n  subscription SessionChanged($weekId: ID!) {\n    scheduleChanged(weekId: $weekId) {\n      weekId\n      sessionId\n      change\n      version\n      byCountry\n    }\n  }\n": typeof types.SessionChangedDocument,
    "\n  fragment CountTableFields on CountTable {\n    rows\n    columns\n    cells {\n      value\n      suppressed\n      pending\n    }\n    rowTotals {\n      value\n      suppressed\n      pending\n    }\n    columnTotals {\n      value\n      suppressed\n      pending\n    }\n    grandTotal {\n      value\n      suppressed\n      pending\n    }\n  }\n": typeof types.CountTableFieldsFragmentDoc,
    "\n  query Outcomes($weekId: ID!, $filter: OutcomesFilter, $unsuppressed: Boolean) {\n    outcomes(weekId: $weekId, filter: $filter, unsuppressed: $unsuppressed) {\n      weekId\n      minCount\n      suppressed\n      protection {\n        method\n        minCount\n        maxPerturbation\n        typicalPerturbation\n      }\n      byCountryAndDay {\n        ...CountTableFields\n      }\n      byTopic {\n        ...CountTableFields\n      }\n      byPlatform {\n        ...CountTableFields\n      }\n      byAgeBand {\n        ...CountTableFields\n      }\n      byOutcome {\n        ...CountTableFields\n      }\n      byLanguage {\n        ...CountTableFields\n      }\n      youngPeople {\n        ...CountTableFields\n      }\n      sessions {\n        ...CountTableFields\n      }\n      referrals {\n        ...CountTableFields\n      }\n      patrolHours {\n        country\n        hours\n      }\n    }\n  }\n": typeof types.OutcomesDocument,
    "\n  query OutcomesWeek($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      title\n      status\n      firstDay\n      lastDay\n      timeZone\n      countries {\n        country\n      }\n    }\n    platforms {\n      code\n      name\n    }\n  }\n": typeof types.OutcomesWeekDocument,
    "\n  query DebriefDigest($weekId: ID!, $country: String) {\n    debriefDigest(weekId: $weekId, country: $country) {\n      country\n      summaries {\n        platform\n        startsAt\n        summaryEn\n        submittedAt\n      }\n    }\n  }\n": typeof types.DebriefDigestDocument,
    "\n  query ActionWeeks {\n    actionWeeks {\n      id\n      code\n      title\n      hostCountry\n      firstDay\n      lastDay\n      timeZone\n      status\n      requireTwoFactor\n      countries {\n        country\n        languages\n      }\n    }\n  }\n": typeof types.ActionWeeksDocument,
    "\n  fragment NowSessionFields on NowSession {\n    id\n    status\n    phase\n    startsAt\n    endsAt\n    platformCode\n    platformName\n    venue\n    countries\n    overrunning\n    mayStart\n    gaps {\n      country\n      positions\n      profileMissing\n    }\n  }\n": typeof types.NowSessionFieldsFragmentDoc,
    "\n  query WeekNow($weekId: ID!) {\n    weekNow(weekId: $weekId) {\n      weekId\n      at\n      mySessions {\n        ...NowSessionFields\n      }\n      live {\n        ...NowSessionFields\n      }\n      toStart {\n        ...NowSessionFields\n      }\n      toEnd {\n        ...NowSessionFields\n      }\n      unstaffed {\n        ...NowSessionFields\n      }\n      debriefsOwed {\n        sessionId\n        debriefId\n        country\n        sessionEndsAt\n        platformName\n        state\n      }\n      debriefsToReview {\n        sessionId\n        debriefId\n        country\n        sessionEndsAt\n        platformName\n        state\n      }\n      openReferrals {\n        immediate\n        priority\n        routine\n      }\n      urgentReferrals {\n        id\n        sessionId\n        country\n        urgency\n        status\n        receivingUnit\n        reasonCode\n        createdAt\n      }\n    }\n  }\n": typeof types.WeekNowDocument,
    "\n  query HomeOutcomes($weekId: ID!) {\n    outcomes(weekId: $weekId) {\n      weekId\n      minCount\n      byCountryAndDay {\n        grandTotal {\n          value\n          suppressed\n          pending\n        }\n      }\n      youngPeople {\n        grandTotal {\n          value\n          suppressed\n          pending\n        }\n      }\n      referrals {\n        grandTotal {\n          value\n          suppressed\n          pending\n        }\n      }\n      sessions {\n        columns\n        columnTotals {\n          value\n          suppressed\n          pending\n        }\n      }\n      patrolHours {\n        country\n        hours\n      }\n    }\n  }\n": typeof types.HomeOutcomesDocument,
    "\n  query PreviewPlanImport($weekId: ID!, $fileName: String!, $contentBase64: String!) {\n    previewPlanImport(weekId: $weekId, fileName: $fileName, contentBase64: $contentBase64) {\n      weekId\n      kind\n      refusedRows\n      rows {\n        row\n        cells {\n          date\n          start\n          end\n          platform\n          venue\n          countries\n        }\n        session {\n          startsAt\n          endsAt\n          platform\n          platformName\n          venue\n          countries\n          guideName\n        }\n        errors {\n          field\n          code\n          message\n        }\n        conflicts {\n          kind\n          otherRow\n          message\n        }\n      }\n    }\n  }\n": typeof types.PreviewPlanImportDocument,
    "\n  mutation ImportPlan($weekId: ID!, $fileName: String!, $contentBase64: String!) {\n    importPlan(weekId: $weekId, fileName: $fileName, contentBase64: $contentBase64) {\n      weekId\n      imported\n      sessionIds\n    }\n  }\n": typeof types.ImportPlanDocument,
    "\n  fragment ProfileRowFields on PoliceProfile {\n    id\n    country\n    platform\n    displayName\n    status\n    safetyNotes\n    updatedAt\n    version\n    sessions {\n      id\n      weekId\n      weekCode\n      weekTitle\n      startsAt\n      endsAt\n      platform\n      status\n      country\n    }\n  }\n": typeof types.ProfileRowFieldsFragmentDoc,
    "\n  query ProfilesPage($filter: PoliceProfileFilter) {\n    policeProfiles(filter: $filter) {\n      ...ProfileRowFields\n    }\n  }\n": typeof types.ProfilesPageDocument,
    "\n  query ProfilePlatforms {\n    platforms {\n      code\n      name\n      builtin\n    }\n  }\n": typeof types.ProfilePlatformsDocument,
    "\n  mutation RegisterProfile($input: RegisterPoliceProfileInput!) {\n    registerPoliceProfile(input: $input) {\n      id\n      country\n      platform\n      displayName\n      status\n      safetyNotes\n      updatedAt\n      version\n    }\n  }\n": typeof types.RegisterProfileDocument,
    "\n  mutation UpdateProfile($input: UpdatePoliceProfileInput!) {\n    updatePoliceProfile(input: $input) {\n      id\n      displayName\n      safetyNotes\n      status\n      updatedAt\n      version\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation SuspendProfile($id: ID!, $version: Int!) {\n    suspendPoliceProfile(id: $id, version: $version) {\n      id\n      status\n      updatedAt\n      version\n    }\n  }\n": typeof types.SuspendProfileDocument,
    "\n  mutation ReactivateProfile($id: ID!, $version: Int!) {\n    reactivatePoliceProfile(id: $id, version: $version) {\n      id\n      status\n      updatedAt\n      version\n    }\n  }\n": typeof types.ReactivateProfileDocument,
    "\n  mutation RetireProfile($id: ID!, $version: Int!) {\n    retirePoliceProfile(id: $id, version: $version) {\n      id\n      status\n      updatedAt\n      version\n    }\n  }\n": typeof types.RetireProfileDocument,
    "\n  mutation AddPlatform($name: String!) {\n    addPlatform(name: $name) {\n      code\n      name\n      builtin\n    }\n  }\n": typeof types.AddPlatformDocument,
    "\n  fragment ReferralListFields on Referral {\n    id\n    weekId\n    sessionId\n    interactionId\n    country\n    receivingUnit\n    urgency\n    reasonCode\n    status\n    raisedBy\n    createdAt\n    version\n  }\n": typeof types.ReferralListFieldsFragmentDoc,
    "\n  query Referrals($filter: ReferralFilter!) {\n    referrals(filter: $filter) {\n      ...ReferralListFields\n    }\n  }\n": typeof types.ReferralsDocument,
    "\n  query ReferralDetails($id: ID!) {\n    referral(id: $id) {\n      ...ReferralListFields\n      details\n      history {\n        status\n        by\n        at\n        note\n      }\n    }\n  }\n": typeof types.ReferralDetailsDocument,
    "\n  mutation RaiseReferral($input: RaiseReferralInput!) {\n    raiseReferral(input: $input) {\n      ...ReferralListFields\n    }\n  }\n": typeof types.RaiseReferralDocument,
    "\n  mutation SetReferralStatus($id: ID!, $version: Int!, $status: ReferralStatus!, $note: String) {\n    setReferralStatus(id: $id, version: $version, status: $status, note: $note) {\n      ...ReferralListFields\n      history {\n        status\n        by\n        at\n        note\n      }\n    }\n  }\n": typeof types.SetReferralStatusDocument,
    "\n  subscription ReferralRaised {\n    referralRaised {\n      id\n      weekId\n      sessionId\n      country\n      urgency\n      receivingUnit\n      reasonCode\n      createdAt\n    }\n  }\n": typeof types.ReferralRaisedDocument,
    "\n  query PlanCopySources {\n    actionWeeks {\n      id\n      code\n      title\n      firstDay\n      lastDay\n      status\n    }\n  }\n": typeof types.PlanCopySourcesDocument,
    "\n  fragment PlanCopyFields on PlanCopy {\n    fromWeekId\n    toWeekId\n    copied\n    copies {\n      sourceSessionId\n      droppedCountries\n    }\n    skipped {\n      sourceSessionId\n      platform\n      venue\n      startsAt\n      message\n    }\n    refused {\n      sourceSessionId\n      platform\n      venue\n      startsAt\n      reason\n      message\n    }\n  }\n": typeof types.PlanCopyFieldsFragmentDoc,
    "\n  query PlanCopyPreview($fromWeekId: ID!, $toWeekId: ID!) {\n    planCopyPreview(fromWeekId: $fromWeekId, toWeekId: $toWeekId) {\n      ...PlanCopyFields\n    }\n  }\n": typeof types.PlanCopyPreviewDocument,
    "\n  mutation CopyWeekPlan($fromWeekId: ID!, $toWeekId: ID!) {\n    copyWeekPlan(fromWeekId: $fromWeekId, toWeekId: $toWeekId) {\n      ...PlanCopyFields\n    }\n  }\n": typeof types.CopyWeekPlanDocument,
    "\n  fragment PatrolSessionFields on PatrolSession {\n    id\n    weekId\n    platform {\n      code\n      name\n    }\n    venue\n    startsAt\n    endsAt\n    countries\n    guide {\n      id\n      displayName\n      country\n    }\n    briefing\n    status\n    cancelReason\n    startOverrideReason\n    startedAt\n    endedAt\n    version\n    busySlot\n    rosters {\n      country\n      operatorOne {\n        id\n        displayName\n      }\n      operatorTwo {\n        id\n        displayName\n      }\n      teamLeader {\n        id\n        displayName\n      }\n      profile {\n        id\n        displayName\n        platform\n      }\n    }\n    missingPositions {\n      country\n      positions\n    }\n  }\n": typeof types.PatrolSessionFieldsFragmentDoc,
    "\n  query WeekBoard($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      title\n      hostCountry\n      firstDay\n      lastDay\n      timeZone\n      status\n      countries {\n        country\n        languages\n      }\n    }\n    platforms {\n      code\n      name\n      builtin\n    }\n    schedule(weekId: $weekId) {\n      ...PatrolSessionFields\n    }\n  }\n": typeof types.WeekBoardDocument,
    "\n  query PatrolSession($id: ID!) {\n    patrolSession(id: $id) {\n      ...PatrolSessionFields\n    }\n  }\n": typeof types.PatrolSessionDocument,
    "\n  query PlanningPeople($filter: AccountFilter) {\n    accounts(filter: $filter) {\n      id\n      displayName\n      country\n      roles\n    }\n  }\n": typeof types.PlanningPeopleDocument,
    "\n  query PlanningProfiles($filter: PoliceProfileFilter) {\n    policeProfiles(filter: $filter) {\n      id\n      displayName\n      country\n      platform\n      status\n    }\n  }\n": typeof types.PlanningProfilesDocument,
    "\n  mutation SchedulePatrolSession($input: SchedulePatrolSessionInput!) {\n    schedulePatrolSession(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n": typeof types.SchedulePatrolSessionDocument,
    "\n  mutation ReschedulePatrolSession($input: ReschedulePatrolSessionInput!) {\n    reschedulePatrolSession(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n": typeof types.ReschedulePatrolSessionDocument,
    "\n  mutation AssignRoster($input: AssignRosterInput!) {\n    assignRoster(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n": typeof types.AssignRosterDocument,
    "\n  mutation CancelPatrolSession($id: ID!, $version: Int!, $reason: String!) {\n    cancelPatrolSession(id: $id, version: $version, reason: $reason) {\n      ...PatrolSessionFields\n    }\n  }\n": typeof types.CancelPatrolSessionDocument,
    "\n  mutation StartPatrolSession($id: ID!, $version: Int!, $overrideReason: String) {\n    startPatrolSession(id: $id, version: $version, overrideReason: $overrideReason) {\n      ...PatrolSessionFields\n    }\n  }\n": typeof types.StartPatrolSessionDocument,
    "\n  mutation EndPatrolSession($id: ID!, $version: Int!) {\n    endPatrolSession(id: $id, version: $version) {\n      ...PatrolSessionFields\n    }\n  }\n": typeof types.EndPatrolSessionDocument,
    "\n  subscription ScheduleChanged($weekId: ID!) {\n    scheduleChanged(weekId: $weekId) {\n      weekId\n      sessionId\n      change\n      version\n    }\n  }\n": typeof types.ScheduleChangedDocument,
    "\n  query MyTwoFactor {\n    myTwoFactor {\n      enabled\n      required\n      enabledAt\n      recoveryCodesLeft\n    }\n  }\n": typeof types.MyTwoFactorDocument,
    "\n  mutation BeginTwoFactorEnrolment($code: String, $recoveryCode: String) {\n    beginTwoFactorEnrolment(code: $code, recoveryCode: $recoveryCode) {\n      secret\n      otpauthUri\n      qrCode\n    }\n  }\n": typeof types.BeginTwoFactorEnrolmentDocument,
    "\n  mutation ConfirmTwoFactorEnrolment($code: String!) {\n    confirmTwoFactorEnrolment(code: $code) {\n      codes\n      status {\n        enabled\n        required\n        enabledAt\n        recoveryCodesLeft\n      }\n    }\n  }\n": typeof types.ConfirmTwoFactorEnrolmentDocument,
    "\n  mutation RegenerateTwoFactorRecoveryCodes($code: String, $recoveryCode: String) {\n    regenerateTwoFactorRecoveryCodes(code: $code, recoveryCode: $recoveryCode) {\n      codes\n      status {\n        enabled\n        required\n        enabledAt\n        recoveryCodesLeft\n      }\n    }\n  }\n": typeof types.RegenerateTwoFactorRecoveryCodesDocument,
    "\n  mutation SetActionWeekTwoFactor($id: ID!, $required: Boolean!) {\n    setActionWeekTwoFactor(id: $id, required: $required) {\n      id\n      requireTwoFactor\n    }\n  }\n": typeof types.SetActionWeekTwoFactorDocument,
    "\n  mutation DisableTwoFactor($code: String, $recoveryCode: String) {\n    disableTwoFactor(code: $code, recoveryCode: $recoveryCode) {\n      enabled\n      required\n      enabledAt\n      recoveryCodesLeft\n    }\n  }\n": typeof types.DisableTwoFactorDocument,
    "\n  fragment WeekReportFields on WeekReport {\n    weekId\n    lessonsLearned\n    lessonsLearnedHtml\n    language\n    summaryEn\n    version\n    updatedAt\n    debriefs {\n      id\n      sessionId\n      country\n      author\n      language\n      whatWorked\n      challenges\n      signals\n      platformObservations\n      wellbeingScore\n      wellbeingText\n      guidanceSuggestions\n      summaryEn\n      submittedAt\n    }\n  }\n": typeof types.WeekReportFieldsFragmentDoc,
    "\n  query WeekReport($weekId: ID!) {\n    weekReport(weekId: $weekId) {\n      ...WeekReportFields\n    }\n    actionWeek(id: $weekId) {\n      id\n      code\n      title\n    }\n  }\n": typeof types.WeekReportDocument,
    "\n  query WeekReportDebriefs($weekId: ID!) {\n    debriefs(filter: { weekId: $weekId }) {\n      id\n      sessionId\n      country\n      author\n      language\n      summaryEn\n      status\n      submittedAt\n    }\n  }\n": typeof types.WeekReportDebriefsDocument,
    "\n  mutation SaveWeekReport($input: SaveWeekReportInput!) {\n    saveWeekReport(input: $input) {\n      ...WeekReportFields\n    }\n  }\n": typeof types.SaveWeekReportDocument,
    "\n  fragment WeekSetupFields on ActionWeek {\n    id\n    code\n    title\n    hostCountry\n    firstDay\n    lastDay\n    timeZone\n    status\n    minCount\n    retentionDays\n    closedAt\n    textsDeletedAt\n    version\n    countries {\n      country\n      languages\n    }\n  }\n": typeof types.WeekSetupFieldsFragmentDoc,
    "\n  query SetupWeeks {\n    actionWeeks {\n      ...WeekSetupFields\n    }\n  }\n": typeof types.SetupWeeksDocument,
    "\n  query SetupWeek($id: ID!) {\n    actionWeek(id: $id) {\n      ...WeekSetupFields\n    }\n    platforms {\n      code\n      name\n    }\n  }\n": typeof types.SetupWeekDocument,
    "\n  mutation CreateWeek($input: CreateActionWeekInput!) {\n    createActionWeek(input: $input) {\n      ...WeekSetupFields\n    }\n  }\n": typeof types.CreateWeekDocument,
    "\n  mutation UpdateWeek($input: UpdateActionWeekInput!) {\n    updateActionWeek(input: $input) {\n      ...WeekSetupFields\n    }\n  }\n": typeof types.UpdateWeekDocument,
    "\n  mutation SetWeekStatus($id: ID!, $status: WeekStatus!) {\n    setActionWeekStatus(id: $id, status: $status) {\n      ...WeekSetupFields\n    }\n  }\n": typeof types.SetWeekStatusDocument,
    "\n  query WeekReadiness($weekId: ID!) {\n    weekReadiness(weekId: $weekId) {\n      weekId\n      ready\n      items {\n        code\n        country\n        platform\n        sessionId\n        sessionStartsAt\n        count\n      }\n    }\n  }\n": typeof types.WeekReadinessDocument,
    "\n  query WeekRetention($weekId: ID!) {\n    weekRetention(weekId: $weekId) {\n      weekId\n      status\n      closedAt\n      retentionDays\n      textsDeletionDue\n      textsDeletedAt\n      lastRun {\n        at\n        interactions\n        referrals\n        revisions\n        referralNotes\n        debriefs\n        debriefComments\n        weekReports\n      }\n    }\n  }\n": typeof types.WeekRetentionDocument,
};
const documents: Documents = {
    "\n  fragment SessionAccountFields on Account {\n    id\n    email\n    displayName\n    country\n    roles\n    language\n    disabled\n    createdAt\n    lastLoginAt\n  }\n": types.SessionAccountFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!, $code: String, $recoveryCode: String) {\n    login(email: $email, password: $password, code: $code, recoveryCode: $recoveryCode) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccountFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccountFields\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  mutation SetMyLanguage($language: String!) {\n    setMyLanguage(language: $language) {\n      ...SessionAccountFields\n    }\n  }\n": types.SetMyLanguageDocument,
    "\n  subscription SessionEnded {\n    sessionEnded {\n      reason\n      at\n    }\n  }\n": types.SessionEndedDocument,
    "\n  fragment AccountRowFields on Account {\n    id\n    email\n    displayName\n    country\n    roles\n    language\n    disabled\n    createdAt\n    lastLoginAt\n  }\n": types.AccountRowFieldsFragmentDoc,
    "\n  query Accounts($filter: AccountFilter) {\n    accounts(filter: $filter) {\n      ...AccountRowFields\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n": types.CreateAccountDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n": types.UpdateAccountDocument,
    "\n  mutation SetAccountDisabled($id: ID!, $disabled: Boolean!) {\n    setAccountDisabled(id: $id, disabled: $disabled) {\n      ...AccountRowFields\n    }\n  }\n": types.SetAccountDisabledDocument,
    "\n  mutation SetAccountPassword($id: ID!, $password: String!) {\n    setAccountPassword(id: $id, password: $password) {\n      id\n    }\n  }\n": types.SetAccountPasswordDocument,
    "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    action\n    targetType\n    targetId\n    outcome\n    weekId\n    weekCode\n    details\n    actor {\n      id\n      displayName\n      email\n      roles\n      country\n    }\n  }\n": types.AuditEntryFieldsFragmentDoc,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AuditEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditActors {\n    auditActors {\n      id\n      displayName\n      email\n      roles\n      country\n    }\n  }\n": types.AuditActorsDocument,
    "\n  query WeekRetentions {\n    weekRetentions {\n      weekId\n      code\n      status\n      closedAt\n      retentionDays\n      textsDeletionDue\n      textsDeletedAt\n      lastRun {\n        at\n        interactions\n        referrals\n      }\n    }\n  }\n": types.WeekRetentionsDocument,
    "\n  query CalendarFeeds {\n    calendarFeeds {\n      id\n      weekId\n      scope\n      country\n      createdAt\n      revokedAt\n    }\n  }\n": types.CalendarFeedsDocument,
    "\n  mutation CreateCalendarFeed($weekId: ID!, $scope: CalendarFeedScope!, $country: String) {\n    createCalendarFeed(weekId: $weekId, scope: $scope, country: $country) {\n      id\n      url\n      weekId\n      scope\n      country\n      createdAt\n      revokedAt\n    }\n  }\n": types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed($id: ID!) {\n    revokeCalendarFeed(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  fragment DebriefFields on Debrief {\n    id\n    sessionId\n    weekId\n    country\n    author\n    language\n    whatWorked\n    challenges\n    signals\n    platformObservations\n    wellbeingScore\n    wellbeingText\n    guidanceSuggestions\n    summaryEn\n    status\n    submittedAt\n    updatedAt\n    version\n    comments {\n      author\n      body\n      requestsRevision\n      createdAt\n    }\n  }\n": types.DebriefFieldsFragmentDoc,
    "\n  query DebriefSession($sessionId: ID!) {\n    patrolSession(id: $sessionId) {\n      id\n      weekId\n      platform {\n        code\n        name\n      }\n      venue\n      startsAt\n      endsAt\n      status\n      countries\n    }\n  }\n": types.DebriefSessionDocument,
    "\n  query DebriefWeek($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      timeZone\n      countries {\n        country\n        languages\n      }\n    }\n  }\n": types.DebriefWeekDocument,
    "\n  query Debriefs($filter: DebriefFilter!) {\n    debriefs(filter: $filter) {\n      ...DebriefFields\n    }\n  }\n": types.DebriefsDocument,
    "\n  query OwedDebriefs($weekId: ID!) {\n    owedDebriefs(weekId: $weekId) {\n      sessionId\n      country\n      sessionEndsAt\n      state\n    }\n    schedule(weekId: $weekId) {\n      id\n      platform {\n        code\n        name\n      }\n      venue\n      startsAt\n      endsAt\n    }\n  }\n": types.OwedDebriefsDocument,
    "\n  mutation SaveDebrief($input: SaveDebriefInput!) {\n    saveDebrief(input: $input) {\n      ...DebriefFields\n    }\n  }\n": types.SaveDebriefDocument,
    "\n  mutation SubmitDebrief($id: ID!, $version: Int!) {\n    submitDebrief(id: $id, version: $version) {\n      ...DebriefFields\n    }\n  }\n": types.SubmitDebriefDocument,
    "\n  mutation CommentDebrief($id: ID!, $body: String!, $requestRevision: Boolean) {\n    commentDebrief(id: $id, body: $body, requestRevision: $requestRevision) {\n      ...DebriefFields\n    }\n  }\n": types.CommentDebriefDocument,
    "\n  query FeedWeek($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      timeZone\n      status\n      countries {\n        country\n        languages\n        shareNotes\n      }\n    }\n  }\n": types.FeedWeekDocument,
    "\n  mutation SetNotesSharing($weekId: ID!, $shared: Boolean!) {\n    setNotesSharing(weekId: $weekId, shared: $shared) {\n      id\n      countries {\n        country\n        languages\n        shareNotes\n      }\n    }\n  }\n": types.SetNotesSharingDocument,
    "\n  fragment GuidanceNoteFields on GuidanceNote {\n    id\n    weekId\n    category\n    scope\n    scopeCountry\n    scopePlatform\n    scopeSessionId\n    sourceLanguage\n    language\n    title\n    body\n    bodyHtml\n    translationStatus\n    translations {\n      language\n      status\n      sourceRevision\n    }\n    revision\n    published\n    pinned\n    readByMe\n    readCount\n    updatedAt\n    version\n  }\n": types.GuidanceNoteFieldsFragmentDoc,
    "\n  query GuidanceWeek($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      title\n      timeZone\n      countries {\n        country\n        languages\n      }\n    }\n    platforms {\n      code\n      name\n    }\n    schedule(weekId: $weekId) {\n      id\n      platform {\n        code\n        name\n      }\n      venue\n      startsAt\n      endsAt\n      status\n    }\n  }\n": types.GuidanceWeekDocument,
    "\n  query GuidanceNotes($filter: GuidanceFilter!) {\n    guidanceNotes(filter: $filter) {\n      ...GuidanceNoteFields\n    }\n  }\n": types.GuidanceNotesDocument,
    "\n  query GuidanceNote($id: ID!, $language: String) {\n    guidanceNote(id: $id, language: $language) {\n      ...GuidanceNoteFields\n    }\n  }\n": types.GuidanceNoteDocument,
    "\n  query GuidanceTranslationText($id: ID!, $language: String!) {\n    guidanceNote(id: $id) {\n      id\n      version\n      translation(language: $language) {\n        language\n        title\n        body\n        status\n        sourceRevision\n      }\n    }\n  }\n": types.GuidanceTranslationTextDocument,
    "\n  query GuidanceRevisions($id: ID!) {\n    guidanceRevisions(id: $id) {\n      revision\n      title\n      bodyHtml\n      sourceLanguage\n      writtenAt\n      writtenBy\n    }\n  }\n": types.GuidanceRevisionsDocument,
    "\n  query GuidanceReaders($weekId: ID!) {\n    guidanceReaders(weekId: $weekId) {\n      accountId\n      country\n      displayName\n      nextSessionId\n      nextSessionStartsAt\n      unreadNoteIds\n    }\n  }\n": types.GuidanceReadersDocument,
    "\n  query UnreadGuidance($sessionId: ID!) {\n    unreadGuidance(sessionId: $sessionId) {\n      id\n      weekId\n      title\n      category\n      language\n      pinned\n    }\n  }\n": types.UnreadGuidanceDocument,
    "\n  mutation WriteGuidanceNote($input: WriteGuidanceNoteInput!) {\n    writeGuidanceNote(input: $input) {\n      ...GuidanceNoteFields\n    }\n  }\n": types.WriteGuidanceNoteDocument,
    "\n  mutation TranslateGuidanceNote($input: TranslateGuidanceNoteInput!) {\n    translateGuidanceNote(input: $input) {\n      ...GuidanceNoteFields\n    }\n  }\n": types.TranslateGuidanceNoteDocument,
    "\n  mutation PublishGuidanceNote($id: ID!, $value: Boolean!) {\n    publishGuidanceNote(id: $id, value: $value) {\n      ...GuidanceNoteFields\n    }\n  }\n": types.PublishGuidanceNoteDocument,
    "\n  mutation PinGuidanceNote($id: ID!, $value: Boolean!) {\n    pinGuidanceNote(id: $id, value: $value) {\n      ...GuidanceNoteFields\n    }\n  }\n": types.PinGuidanceNoteDocument,
    "\n  mutation ConfirmGuidanceRead($noteId: ID!, $language: String!) {\n    confirmGuidanceRead(noteId: $noteId, language: $language) {\n      ...GuidanceNoteFields\n    }\n  }\n": types.ConfirmGuidanceReadDocument,
    "\n  fragment InteractionFields on Interaction {\n    id\n    weekId\n    sessionId\n    country\n    platform\n    channel\n    occurredAt\n    durationMinutes\n    youngPeople\n    ageBand\n    topics\n    initiatedBy\n    tone\n    outcome\n    notes\n    notesLanguage\n    summaryEn\n    editable\n    referralUrgency\n    version\n    createdAt\n  }\n": types.InteractionFieldsFragmentDoc,
    "\n  query MySessions {\n    mySessions {\n      id\n      weekId\n      platform {\n        code\n        name\n      }\n      venue\n      startsAt\n      endsAt\n      endedAt\n      status\n      countries\n    }\n    actionWeeks {\n      id\n      code\n      timeZone\n    }\n  }\n": types.MySessionsDocument,
    "\n  query SessionLog($sessionId: ID!) {\n    patrolSession(id: $sessionId) {\n      ...PatrolSessionFields\n    }\n  }\n": types.SessionLogDocument,
    "\n  query SessionWeek($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      timeZone\n      status\n      countries {\n        country\n        languages\n        shareNotes\n      }\n    }\n  }\n": types.SessionWeekDocument,
    "\n  query SessionTotals($sessionId: ID!) {\n    sessionTotals(sessionId: $sessionId) {\n      interactions\n      youngPeople\n      referrals\n    }\n  }\n": types.SessionTotalsDocument,
    "\n  query Interactions($filter: InteractionFilter!, $first: Int, $after: String) {\n    interactions(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...InteractionFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.InteractionsDocument,
    "\n  mutation LogInteraction($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      ...InteractionFields\n    }\n  }\n": types.LogInteractionDocument,
    "\n  mutation UpdateInteraction($input: UpdateInteractionInput!) {\n    updateInteraction(input: $input) {\n      ...InteractionFields\n    }\n  }\n": types.UpdateInteractionDocument,
    "\n  mutation DeleteInteraction($id: ID!, $version: Int!) {\n    deleteInteraction(id: $id, version: $version)\n  }\n": types.DeleteInteractionDocument,
    "\n  subscription SessionChanged($weekId: ID!) {\n    scheduleChanged(weekId: $weekId) {\n      weekId\n      sessionId\n      change\n      version\n      byCountry\n    }\n  }\n": types.SessionChangedDocument,
    "\n  fragment CountTableFields on CountTable {\n    rows\n    columns\n    cells {\n      value\n      suppressed\n      pending\n    }\n    rowTotals {\n      value\n      suppressed\n      pending\n    }\n    columnTotals {\n      value\n      suppressed\n      pending\n    }\n    grandTotal {\n      value\n      suppressed\n      pending\n    }\n  }\n": types.CountTableFieldsFragmentDoc,
    "\n  query Outcomes($weekId: ID!, $filter: OutcomesFilter, $unsuppressed: Boolean) {\n    outcomes(weekId: $weekId, filter: $filter, unsuppressed: $unsuppressed) {\n      weekId\n      minCount\n      suppressed\n      protection {\n        method\n        minCount\n        maxPerturbation\n        typicalPerturbation\n      }\n      byCountryAndDay {\n        ...CountTableFields\n      }\n      byTopic {\n        ...CountTableFields\n      }\n      byPlatform {\n        ...CountTableFields\n      }\n      byAgeBand {\n        ...CountTableFields\n      }\n      byOutcome {\n        ...CountTableFields\n      }\n      byLanguage {\n        ...CountTableFields\n      }\n      youngPeople {\n        ...CountTableFields\n      }\n      sessions {\n        ...CountTableFields\n      }\n      referrals {\n        ...CountTableFields\n      }\n      patrolHours {\n        country\n        hours\n      }\n    }\n  }\n": types.OutcomesDocument,
    "\n  query OutcomesWeek($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      title\n      status\n      firstDay\n      lastDay\n      timeZone\n      countries {\n        country\n      }\n    }\n    platforms {\n      code\n      name\n    }\n  }\n": types.OutcomesWeekDocument,
    "\n  query DebriefDigest($weekId: ID!, $country: String) {\n    debriefDigest(weekId: $weekId, country: $country) {\n      country\n      summaries {\n        platform\n        startsAt\n        summaryEn\n        submittedAt\n      }\n    }\n  }\n": types.DebriefDigestDocument,
    "\n  query ActionWeeks {\n    actionWeeks {\n      id\n      code\n      title\n      hostCountry\n      firstDay\n      lastDay\n      timeZone\n      status\n      requireTwoFactor\n      countries {\n        country\n        languages\n      }\n    }\n  }\n": types.ActionWeeksDocument,
    "\n  fragment NowSessionFields on NowSession {\n    id\n    status\n    phase\n    startsAt\n    endsAt\n    platformCode\n    platformName\n    venue\n    countries\n    overrunning\n    mayStart\n    gaps {\n      country\n      positions\n      profileMissing\n    }\n  }\n": types.NowSessionFieldsFragmentDoc,
    "\n  query WeekNow($weekId: ID!) {\n    weekNow(weekId: $weekId) {\n      weekId\n      at\n      mySessions {\n        ...NowSessionFields\n      }\n      live {\n        ...NowSessionFields\n      }\n      toStart {\n        ...NowSessionFields\n      }\n      toEnd {\n        ...NowSessionFields\n      }\n      unstaffed {\n        ...NowSessionFields\n      }\n      debriefsOwed {\n        sessionId\n        debriefId\n        country\n        sessionEndsAt\n        platformName\n        state\n      }\n      debriefsToReview {\n        sessionId\n        debriefId\n        country\n        sessionEndsAt\n        platformName\n        state\n      }\n      openReferrals {\n        immediate\n        priority\n        routine\n      }\n      urgentReferrals {\n        id\n        sessionId\n        country\n        urgency\n        status\n        receivingUnit\n        reasonCode\n        createdAt\n      }\n    }\n  }\n": types.WeekNowDocument,
    "\n  query HomeOutcomes($weekId: ID!) {\n    outcomes(weekId: $weekId) {\n      weekId\n      minCount\n      byCountryAndDay {\n        grandTotal {\n          value\n          suppressed\n          pending\n        }\n      }\n      youngPeople {\n        grandTotal {\n          value\n          suppressed\n          pending\n        }\n      }\n      referrals {\n        grandTotal {\n          value\n          suppressed\n          pending\n        }\n      }\n      sessions {\n        columns\n        columnTotals {\n          value\n          suppressed\n          pending\n        }\n      }\n      patrolHours {\n        country\n        hours\n      }\n    }\n  }\n": types.HomeOutcomesDocument,
    "\n  query PreviewPlanImport($weekId: ID!, $fileName: String!, $contentBase64: String!) {\n    previewPlanImport(weekId: $weekId, fileName: $fileName, contentBase64: $contentBase64) {\n      weekId\n      kind\n      refusedRows\n      rows {\n        row\n        cells {\n          date\n          start\n          end\n          platform\n          venue\n          countries\n        }\n        session {\n          startsAt\n          endsAt\n          platform\n          platformName\n          venue\n          countries\n          guideName\n        }\n        errors {\n          field\n          code\n          message\n        }\n        conflicts {\n          kind\n          otherRow\n          message\n        }\n      }\n    }\n  }\n": types.PreviewPlanImportDocument,
    "\n  mutation ImportPlan($weekId: ID!, $fileName: String!, $contentBase64: String!) {\n    importPlan(weekId: $weekId, fileName: $fileName, contentBase64: $contentBase64) {\n      weekId\n      imported\n      sessionIds\n    }\n  }\n": types.ImportPlanDocument,
    "\n  fragment ProfileRowFields on PoliceProfile {\n    id\n    country\n    platform\n    displayName\n    status\n    safetyNotes\n    updatedAt\n    version\n    sessions {\n      id\n      weekId\n      weekCode\n      weekTitle\n      startsAt\n      endsAt\n      platform\n      status\n      country\n    }\n  }\n": types.ProfileRowFieldsFragmentDoc,
    "\n  query ProfilesPage($filter: PoliceProfileFilter) {\n    policeProfiles(filter: $filter) {\n      ...ProfileRowFields\n    }\n  }\n": types.ProfilesPageDocument,
    "\n  query ProfilePlatforms {\n    platforms {\n      code\n      name\n      builtin\n    }\n  }\n": types.ProfilePlatformsDocument,
    "\n  mutation RegisterProfile($input: RegisterPoliceProfileInput!) {\n    registerPoliceProfile(input: $input) {\n      id\n      country\n      platform\n      displayName\n      status\n      safetyNotes\n      updatedAt\n      version\n    }\n  }\n": types.RegisterProfileDocument,
    "\n  mutation UpdateProfile($input: UpdatePoliceProfileInput!) {\n    updatePoliceProfile(input: $input) {\n      id\n      displayName\n      safetyNotes\n      status\n      updatedAt\n      version\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation SuspendProfile($id: ID!, $version: Int!) {\n    suspendPoliceProfile(id: $id, version: $version) {\n      id\n      status\n      updatedAt\n      version\n    }\n  }\n": types.SuspendProfileDocument,
    "\n  mutation ReactivateProfile($id: ID!, $version: Int!) {\n    reactivatePoliceProfile(id: $id, version: $version) {\n      id\n      status\n      updatedAt\n      version\n    }\n  }\n": types.ReactivateProfileDocument,
    "\n  mutation RetireProfile($id: ID!, $version: Int!) {\n    retirePoliceProfile(id: $id, version: $version) {\n      id\n      status\n      updatedAt\n      version\n    }\n  }\n": types.RetireProfileDocument,
    "\n  mutation AddPlatform($name: String!) {\n    addPlatform(name: $name) {\n      code\n      name\n      builtin\n    }\n  }\n": types.AddPlatformDocument,
    "\n  fragment ReferralListFields on Referral {\n    id\n    weekId\n    sessionId\n    interactionId\n    country\n    receivingUnit\n    urgency\n    reasonCode\n    status\n    raisedBy\n    createdAt\n    version\n  }\n": types.ReferralListFieldsFragmentDoc,
    "\n  query Referrals($filter: ReferralFilter!) {\n    referrals(filter: $filter) {\n      ...ReferralListFields\n    }\n  }\n": types.ReferralsDocument,
    "\n  query ReferralDetails($id: ID!) {\n    referral(id: $id) {\n      ...ReferralListFields\n      details\n      history {\n        status\n        by\n        at\n        note\n      }\n    }\n  }\n": types.ReferralDetailsDocument,
    "\n  mutation RaiseReferral($input: RaiseReferralInput!) {\n    raiseReferral(input: $input) {\n      ...ReferralListFields\n    }\n  }\n": types.RaiseReferralDocument,
    "\n  mutation SetReferralStatus($id: ID!, $version: Int!, $status: ReferralStatus!, $note: String) {\n    setReferralStatus(id: $id, version: $version, status: $status, note: $note) {\n      ...ReferralListFields\n      history {\n        status\n        by\n        at\n        note\n      }\n    }\n  }\n": types.SetReferralStatusDocument,
    "\n  subscription ReferralRaised {\n    referralRaised {\n      id\n      weekId\n      sessionId\n      country\n      urgency\n      receivingUnit\n      reasonCode\n      createdAt\n    }\n  }\n": types.ReferralRaisedDocument,
    "\n  query PlanCopySources {\n    actionWeeks {\n      id\n      code\n      title\n      firstDay\n      lastDay\n      status\n    }\n  }\n": types.PlanCopySourcesDocument,
    "\n  fragment PlanCopyFields on PlanCopy {\n    fromWeekId\n    toWeekId\n    copied\n    copies {\n      sourceSessionId\n      droppedCountries\n    }\n    skipped {\n      sourceSessionId\n      platform\n      venue\n      startsAt\n      message\n    }\n    refused {\n      sourceSessionId\n      platform\n      venue\n      startsAt\n      reason\n      message\n    }\n  }\n": types.PlanCopyFieldsFragmentDoc,
    "\n  query PlanCopyPreview($fromWeekId: ID!, $toWeekId: ID!) {\n    planCopyPreview(fromWeekId: $fromWeekId, toWeekId: $toWeekId) {\n      ...PlanCopyFields\n    }\n  }\n": types.PlanCopyPreviewDocument,
    "\n  mutation CopyWeekPlan($fromWeekId: ID!, $toWeekId: ID!) {\n    copyWeekPlan(fromWeekId: $fromWeekId, toWeekId: $toWeekId) {\n      ...PlanCopyFields\n    }\n  }\n": types.CopyWeekPlanDocument,
    "\n  fragment PatrolSessionFields on PatrolSession {\n    id\n    weekId\n    platform {\n      code\n      name\n    }\n    venue\n    startsAt\n    endsAt\n    countries\n    guide {\n      id\n      displayName\n      country\n    }\n    briefing\n    status\n    cancelReason\n    startOverrideReason\n    startedAt\n    endedAt\n    version\n    busySlot\n    rosters {\n      country\n      operatorOne {\n        id\n        displayName\n      }\n      operatorTwo {\n        id\n        displayName\n      }\n      teamLeader {\n        id\n        displayName\n      }\n      profile {\n        id\n        displayName\n        platform\n      }\n    }\n    missingPositions {\n      country\n      positions\n    }\n  }\n": types.PatrolSessionFieldsFragmentDoc,
    "\n  query WeekBoard($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      title\n      hostCountry\n      firstDay\n      lastDay\n      timeZone\n      status\n      countries {\n        country\n        languages\n      }\n    }\n    platforms {\n      code\n      name\n      builtin\n    }\n    schedule(weekId: $weekId) {\n      ...PatrolSessionFields\n    }\n  }\n": types.WeekBoardDocument,
    "\n  query PatrolSession($id: ID!) {\n    patrolSession(id: $id) {\n      ...PatrolSessionFields\n    }\n  }\n": types.PatrolSessionDocument,
    "\n  query PlanningPeople($filter: AccountFilter) {\n    accounts(filter: $filter) {\n      id\n      displayName\n      country\n      roles\n    }\n  }\n": types.PlanningPeopleDocument,
    "\n  query PlanningProfiles($filter: PoliceProfileFilter) {\n    policeProfiles(filter: $filter) {\n      id\n      displayName\n      country\n      platform\n      status\n    }\n  }\n": types.PlanningProfilesDocument,
    "\n  mutation SchedulePatrolSession($input: SchedulePatrolSessionInput!) {\n    schedulePatrolSession(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n": types.SchedulePatrolSessionDocument,
    "\n  mutation ReschedulePatrolSession($input: ReschedulePatrolSessionInput!) {\n    reschedulePatrolSession(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n": types.ReschedulePatrolSessionDocument,
    "\n  mutation AssignRoster($input: AssignRosterInput!) {\n    assignRoster(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n": types.AssignRosterDocument,
    "\n  mutation CancelPatrolSession($id: ID!, $version: Int!, $reason: String!) {\n    cancelPatrolSession(id: $id, version: $version, reason: $reason) {\n      ...PatrolSessionFields\n    }\n  }\n": types.CancelPatrolSessionDocument,
    "\n  mutation StartPatrolSession($id: ID!, $version: Int!, $overrideReason: String) {\n    startPatrolSession(id: $id, version: $version, overrideReason: $overrideReason) {\n      ...PatrolSessionFields\n    }\n  }\n": types.StartPatrolSessionDocument,
    "\n  mutation EndPatrolSession($id: ID!, $version: Int!) {\n    endPatrolSession(id: $id, version: $version) {\n      ...PatrolSessionFields\n    }\n  }\n": types.EndPatrolSessionDocument,
    "\n  subscription ScheduleChanged($weekId: ID!) {\n    scheduleChanged(weekId: $weekId) {\n      weekId\n      sessionId\n      change\n      version\n    }\n  }\n": types.ScheduleChangedDocument,
    "\n  query MyTwoFactor {\n    myTwoFactor {\n      enabled\n      required\n      enabledAt\n      recoveryCodesLeft\n    }\n  }\n": types.MyTwoFactorDocument,
    "\n  mutation BeginTwoFactorEnrolment($code: String, $recoveryCode: String) {\n    beginTwoFactorEnrolment(code: $code, recoveryCode: $recoveryCode) {\n      secret\n      otpauthUri\n      qrCode\n    }\n  }\n": types.BeginTwoFactorEnrolmentDocument,
    "\n  mutation ConfirmTwoFactorEnrolment($code: String!) {\n    confirmTwoFactorEnrolment(code: $code) {\n      codes\n      status {\n        enabled\n        required\n        enabledAt\n        recoveryCodesLeft\n      }\n    }\n  }\n": types.ConfirmTwoFactorEnrolmentDocument,
    "\n  mutation RegenerateTwoFactorRecoveryCodes($code: String, $recoveryCode: String) {\n    regenerateTwoFactorRecoveryCodes(code: $code, recoveryCode: $recoveryCode) {\n      codes\n      status {\n        enabled\n        required\n        enabledAt\n        recoveryCodesLeft\n      }\n    }\n  }\n": types.RegenerateTwoFactorRecoveryCodesDocument,
    "\n  mutation SetActionWeekTwoFactor($id: ID!, $required: Boolean!) {\n    setActionWeekTwoFactor(id: $id, required: $required) {\n      id\n      requireTwoFactor\n    }\n  }\n": types.SetActionWeekTwoFactorDocument,
    "\n  mutation DisableTwoFactor($code: String, $recoveryCode: String) {\n    disableTwoFactor(code: $code, recoveryCode: $recoveryCode) {\n      enabled\n      required\n      enabledAt\n      recoveryCodesLeft\n    }\n  }\n": types.DisableTwoFactorDocument,
    "\n  fragment WeekReportFields on WeekReport {\n    weekId\n    lessonsLearned\n    lessonsLearnedHtml\n    language\n    summaryEn\n    version\n    updatedAt\n    debriefs {\n      id\n      sessionId\n      country\n      author\n      language\n      whatWorked\n      challenges\n      signals\n      platformObservations\n      wellbeingScore\n      wellbeingText\n      guidanceSuggestions\n      summaryEn\n      submittedAt\n    }\n  }\n": types.WeekReportFieldsFragmentDoc,
    "\n  query WeekReport($weekId: ID!) {\n    weekReport(weekId: $weekId) {\n      ...WeekReportFields\n    }\n    actionWeek(id: $weekId) {\n      id\n      code\n      title\n    }\n  }\n": types.WeekReportDocument,
    "\n  query WeekReportDebriefs($weekId: ID!) {\n    debriefs(filter: { weekId: $weekId }) {\n      id\n      sessionId\n      country\n      author\n      language\n      summaryEn\n      status\n      submittedAt\n    }\n  }\n": types.WeekReportDebriefsDocument,
    "\n  mutation SaveWeekReport($input: SaveWeekReportInput!) {\n    saveWeekReport(input: $input) {\n      ...WeekReportFields\n    }\n  }\n": types.SaveWeekReportDocument,
    "\n  fragment WeekSetupFields on ActionWeek {\n    id\n    code\n    title\n    hostCountry\n    firstDay\n    lastDay\n    timeZone\n    status\n    minCount\n    retentionDays\n    closedAt\n    textsDeletedAt\n    version\n    countries {\n      country\n      languages\n    }\n  }\n": types.WeekSetupFieldsFragmentDoc,
    "\n  query SetupWeeks {\n    actionWeeks {\n      ...WeekSetupFields\n    }\n  }\n": types.SetupWeeksDocument,
    "\n  query SetupWeek($id: ID!) {\n    actionWeek(id: $id) {\n      ...WeekSetupFields\n    }\n    platforms {\n      code\n      name\n    }\n  }\n": types.SetupWeekDocument,
    "\n  mutation CreateWeek($input: CreateActionWeekInput!) {\n    createActionWeek(input: $input) {\n      ...WeekSetupFields\n    }\n  }\n": types.CreateWeekDocument,
    "\n  mutation UpdateWeek($input: UpdateActionWeekInput!) {\n    updateActionWeek(input: $input) {\n      ...WeekSetupFields\n    }\n  }\n": types.UpdateWeekDocument,
    "\n  mutation SetWeekStatus($id: ID!, $status: WeekStatus!) {\n    setActionWeekStatus(id: $id, status: $status) {\n      ...WeekSetupFields\n    }\n  }\n": types.SetWeekStatusDocument,
    "\n  query WeekReadiness($weekId: ID!) {\n    weekReadiness(weekId: $weekId) {\n      weekId\n      ready\n      items {\n        code\n        country\n        platform\n        sessionId\n        sessionStartsAt\n        count\n      }\n    }\n  }\n": types.WeekReadinessDocument,
    "\n  query WeekRetention($weekId: ID!) {\n    weekRetention(weekId: $weekId) {\n      weekId\n      status\n      closedAt\n      retentionDays\n      textsDeletionDue\n      textsDeletedAt\n      lastRun {\n        at\n        interactions\n        referrals\n        revisions\n        referralNotes\n        debriefs\n        debriefComments\n        weekReports\n      }\n    }\n  }\n": types.WeekRetentionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionAccountFields on Account {\n    id\n    email\n    displayName\n    country\n    roles\n    language\n    disabled\n    createdAt\n    lastLoginAt\n  }\n"): (typeof documents)["\n  fragment SessionAccountFields on Account {\n    id\n    email\n    displayName\n    country\n    roles\n    language\n    disabled\n    createdAt\n    lastLoginAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!, $code: String, $recoveryCode: String) {\n    login(email: $email, password: $password, code: $code, recoveryCode: $recoveryCode) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!, $code: String, $recoveryCode: String) {\n    login(email: $email, password: $password, code: $code, recoveryCode: $recoveryCode) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLanguage($language: String!) {\n    setMyLanguage(language: $language) {\n      ...SessionAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyLanguage($language: String!) {\n    setMyLanguage(language: $language) {\n      ...SessionAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SessionEnded {\n    sessionEnded {\n      reason\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription SessionEnded {\n    sessionEnded {\n      reason\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountRowFields on Account {\n    id\n    email\n    displayName\n    country\n    roles\n    language\n    disabled\n    createdAt\n    lastLoginAt\n  }\n"): (typeof documents)["\n  fragment AccountRowFields on Account {\n    id\n    email\n    displayName\n    country\n    roles\n    language\n    disabled\n    createdAt\n    lastLoginAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($filter: AccountFilter) {\n    accounts(filter: $filter) {\n      ...AccountRowFields\n    }\n  }\n"): (typeof documents)["\n  query Accounts($filter: AccountFilter) {\n    accounts(filter: $filter) {\n      ...AccountRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountDisabled($id: ID!, $disabled: Boolean!) {\n    setAccountDisabled(id: $id, disabled: $disabled) {\n      ...AccountRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccountDisabled($id: ID!, $disabled: Boolean!) {\n    setAccountDisabled(id: $id, disabled: $disabled) {\n      ...AccountRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountPassword($id: ID!, $password: String!) {\n    setAccountPassword(id: $id, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccountPassword($id: ID!, $password: String!) {\n    setAccountPassword(id: $id, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    action\n    targetType\n    targetId\n    outcome\n    weekId\n    weekCode\n    details\n    actor {\n      id\n      displayName\n      email\n      roles\n      country\n    }\n  }\n"): (typeof documents)["\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    action\n    targetType\n    targetId\n    outcome\n    weekId\n    weekCode\n    details\n    actor {\n      id\n      displayName\n      email\n      roles\n      country\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AuditEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...AuditEntryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActors {\n    auditActors {\n      id\n      displayName\n      email\n      roles\n      country\n    }\n  }\n"): (typeof documents)["\n  query AuditActors {\n    auditActors {\n      id\n      displayName\n      email\n      roles\n      country\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WeekRetentions {\n    weekRetentions {\n      weekId\n      code\n      status\n      closedAt\n      retentionDays\n      textsDeletionDue\n      textsDeletedAt\n      lastRun {\n        at\n        interactions\n        referrals\n      }\n    }\n  }\n"): (typeof documents)["\n  query WeekRetentions {\n    weekRetentions {\n      weekId\n      code\n      status\n      closedAt\n      retentionDays\n      textsDeletionDue\n      textsDeletedAt\n      lastRun {\n        at\n        interactions\n        referrals\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeeds {\n    calendarFeeds {\n      id\n      weekId\n      scope\n      country\n      createdAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query CalendarFeeds {\n    calendarFeeds {\n      id\n      weekId\n      scope\n      country\n      createdAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed($weekId: ID!, $scope: CalendarFeedScope!, $country: String) {\n    createCalendarFeed(weekId: $weekId, scope: $scope, country: $country) {\n      id\n      url\n      weekId\n      scope\n      country\n      createdAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCalendarFeed($weekId: ID!, $scope: CalendarFeedScope!, $country: String) {\n    createCalendarFeed(weekId: $weekId, scope: $scope, country: $country) {\n      id\n      url\n      weekId\n      scope\n      country\n      createdAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed($id: ID!) {\n    revokeCalendarFeed(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed($id: ID!) {\n    revokeCalendarFeed(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DebriefFields on Debrief {\n    id\n    sessionId\n    weekId\n    country\n    author\n    language\n    whatWorked\n    challenges\n    signals\n    platformObservations\n    wellbeingScore\n    wellbeingText\n    guidanceSuggestions\n    summaryEn\n    status\n    submittedAt\n    updatedAt\n    version\n    comments {\n      author\n      body\n      requestsRevision\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment DebriefFields on Debrief {\n    id\n    sessionId\n    weekId\n    country\n    author\n    language\n    whatWorked\n    challenges\n    signals\n    platformObservations\n    wellbeingScore\n    wellbeingText\n    guidanceSuggestions\n    summaryEn\n    status\n    submittedAt\n    updatedAt\n    version\n    comments {\n      author\n      body\n      requestsRevision\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DebriefSession($sessionId: ID!) {\n    patrolSession(id: $sessionId) {\n      id\n      weekId\n      platform {\n        code\n        name\n      }\n      venue\n      startsAt\n      endsAt\n      status\n      countries\n    }\n  }\n"): (typeof documents)["\n  query DebriefSession($sessionId: ID!) {\n    patrolSession(id: $sessionId) {\n      id\n      weekId\n      platform {\n        code\n        name\n      }\n      venue\n      startsAt\n      endsAt\n      status\n      countries\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DebriefWeek($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      timeZone\n      countries {\n        country\n        languages\n      }\n    }\n  }\n"): (typeof documents)["\n  query DebriefWeek($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      timeZone\n      countries {\n        country\n        languages\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Debriefs($filter: DebriefFilter!) {\n    debriefs(filter: $filter) {\n      ...DebriefFields\n    }\n  }\n"): (typeof documents)["\n  query Debriefs($filter: DebriefFilter!) {\n    debriefs(filter: $filter) {\n      ...DebriefFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwedDebriefs($weekId: ID!) {\n    owedDebriefs(weekId: $weekId) {\n      sessionId\n      country\n      sessionEndsAt\n      state\n    }\n    schedule(weekId: $weekId) {\n      id\n      platform {\n        code\n        name\n      }\n      venue\n      startsAt\n      endsAt\n    }\n  }\n"): (typeof documents)["\n  query OwedDebriefs($weekId: ID!) {\n    owedDebriefs(weekId: $weekId) {\n      sessionId\n      country\n      sessionEndsAt\n      state\n    }\n    schedule(weekId: $weekId) {\n      id\n      platform {\n        code\n        name\n      }\n      venue\n      startsAt\n      endsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDebrief($input: SaveDebriefInput!) {\n    saveDebrief(input: $input) {\n      ...DebriefFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveDebrief($input: SaveDebriefInput!) {\n    saveDebrief(input: $input) {\n      ...DebriefFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitDebrief($id: ID!, $version: Int!) {\n    submitDebrief(id: $id, version: $version) {\n      ...DebriefFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitDebrief($id: ID!, $version: Int!) {\n    submitDebrief(id: $id, version: $version) {\n      ...DebriefFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentDebrief($id: ID!, $body: String!, $requestRevision: Boolean) {\n    commentDebrief(id: $id, body: $body, requestRevision: $requestRevision) {\n      ...DebriefFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommentDebrief($id: ID!, $body: String!, $requestRevision: Boolean) {\n    commentDebrief(id: $id, body: $body, requestRevision: $requestRevision) {\n      ...DebriefFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedWeek($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      timeZone\n      status\n      countries {\n        country\n        languages\n        shareNotes\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedWeek($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      timeZone\n      status\n      countries {\n        country\n        languages\n        shareNotes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotesSharing($weekId: ID!, $shared: Boolean!) {\n    setNotesSharing(weekId: $weekId, shared: $shared) {\n      id\n      countries {\n        country\n        languages\n        shareNotes\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotesSharing($weekId: ID!, $shared: Boolean!) {\n    setNotesSharing(weekId: $weekId, shared: $shared) {\n      id\n      countries {\n        country\n        languages\n        shareNotes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GuidanceNoteFields on GuidanceNote {\n    id\n    weekId\n    category\n    scope\n    scopeCountry\n    scopePlatform\n    scopeSessionId\n    sourceLanguage\n    language\n    title\n    body\n    bodyHtml\n    translationStatus\n    translations {\n      language\n      status\n      sourceRevision\n    }\n    revision\n    published\n    pinned\n    readByMe\n    readCount\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment GuidanceNoteFields on GuidanceNote {\n    id\n    weekId\n    category\n    scope\n    scopeCountry\n    scopePlatform\n    scopeSessionId\n    sourceLanguage\n    language\n    title\n    body\n    bodyHtml\n    translationStatus\n    translations {\n      language\n      status\n      sourceRevision\n    }\n    revision\n    published\n    pinned\n    readByMe\n    readCount\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuidanceWeek($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      title\n      timeZone\n      countries {\n        country\n        languages\n      }\n    }\n    platforms {\n      code\n      name\n    }\n    schedule(weekId: $weekId) {\n      id\n      platform {\n        code\n        name\n      }\n      venue\n      startsAt\n      endsAt\n      status\n    }\n  }\n"): (typeof documents)["\n  query GuidanceWeek($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      title\n      timeZone\n      countries {\n        country\n        languages\n      }\n    }\n    platforms {\n      code\n      name\n    }\n    schedule(weekId: $weekId) {\n      id\n      platform {\n        code\n        name\n      }\n      venue\n      startsAt\n      endsAt\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuidanceNotes($filter: GuidanceFilter!) {\n    guidanceNotes(filter: $filter) {\n      ...GuidanceNoteFields\n    }\n  }\n"): (typeof documents)["\n  query GuidanceNotes($filter: GuidanceFilter!) {\n    guidanceNotes(filter: $filter) {\n      ...GuidanceNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuidanceNote($id: ID!, $language: String) {\n    guidanceNote(id: $id, language: $language) {\n      ...GuidanceNoteFields\n    }\n  }\n"): (typeof documents)["\n  query GuidanceNote($id: ID!, $language: String) {\n    guidanceNote(id: $id, language: $language) {\n      ...GuidanceNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuidanceTranslationText($id: ID!, $language: String!) {\n    guidanceNote(id: $id) {\n      id\n      version\n      translation(language: $language) {\n        language\n        title\n        body\n        status\n        sourceRevision\n      }\n    }\n  }\n"): (typeof documents)["\n  query GuidanceTranslationText($id: ID!, $language: String!) {\n    guidanceNote(id: $id) {\n      id\n      version\n      translation(language: $language) {\n        language\n        title\n        body\n        status\n        sourceRevision\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuidanceRevisions($id: ID!) {\n    guidanceRevisions(id: $id) {\n      revision\n      title\n      bodyHtml\n      sourceLanguage\n      writtenAt\n      writtenBy\n    }\n  }\n"): (typeof documents)["\n  query GuidanceRevisions($id: ID!) {\n    guidanceRevisions(id: $id) {\n      revision\n      title\n      bodyHtml\n      sourceLanguage\n      writtenAt\n      writtenBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuidanceReaders($weekId: ID!) {\n    guidanceReaders(weekId: $weekId) {\n      accountId\n      country\n      displayName\n      nextSessionId\n      nextSessionStartsAt\n      unreadNoteIds\n    }\n  }\n"): (typeof documents)["\n  query GuidanceReaders($weekId: ID!) {\n    guidanceReaders(weekId: $weekId) {\n      accountId\n      country\n      displayName\n      nextSessionId\n      nextSessionStartsAt\n      unreadNoteIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadGuidance($sessionId: ID!) {\n    unreadGuidance(sessionId: $sessionId) {\n      id\n      weekId\n      title\n      category\n      language\n      pinned\n    }\n  }\n"): (typeof documents)["\n  query UnreadGuidance($sessionId: ID!) {\n    unreadGuidance(sessionId: $sessionId) {\n      id\n      weekId\n      title\n      category\n      language\n      pinned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteGuidanceNote($input: WriteGuidanceNoteInput!) {\n    writeGuidanceNote(input: $input) {\n      ...GuidanceNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation WriteGuidanceNote($input: WriteGuidanceNoteInput!) {\n    writeGuidanceNote(input: $input) {\n      ...GuidanceNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TranslateGuidanceNote($input: TranslateGuidanceNoteInput!) {\n    translateGuidanceNote(input: $input) {\n      ...GuidanceNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation TranslateGuidanceNote($input: TranslateGuidanceNoteInput!) {\n    translateGuidanceNote(input: $input) {\n      ...GuidanceNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishGuidanceNote($id: ID!, $value: Boolean!) {\n    publishGuidanceNote(id: $id, value: $value) {\n      ...GuidanceNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishGuidanceNote($id: ID!, $value: Boolean!) {\n    publishGuidanceNote(id: $id, value: $value) {\n      ...GuidanceNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinGuidanceNote($id: ID!, $value: Boolean!) {\n    pinGuidanceNote(id: $id, value: $value) {\n      ...GuidanceNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation PinGuidanceNote($id: ID!, $value: Boolean!) {\n    pinGuidanceNote(id: $id, value: $value) {\n      ...GuidanceNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmGuidanceRead($noteId: ID!, $language: String!) {\n    confirmGuidanceRead(noteId: $noteId, language: $language) {\n      ...GuidanceNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmGuidanceRead($noteId: ID!, $language: String!) {\n    confirmGuidanceRead(noteId: $noteId, language: $language) {\n      ...GuidanceNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InteractionFields on Interaction {\n    id\n    weekId\n    sessionId\n    country\n    platform\n    channel\n    occurredAt\n    durationMinutes\n    youngPeople\n    ageBand\n    topics\n    initiatedBy\n    tone\n    outcome\n    notes\n    notesLanguage\n    summaryEn\n    editable\n    referralUrgency\n    version\n    createdAt\n  }\n"): (typeof documents)["\n  fragment InteractionFields on Interaction {\n    id\n    weekId\n    sessionId\n    country\n    platform\n    channel\n    occurredAt\n    durationMinutes\n    youngPeople\n    ageBand\n    topics\n    initiatedBy\n    tone\n    outcome\n    notes\n    notesLanguage\n    summaryEn\n    editable\n    referralUrgency\n    version\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      weekId\n      platform {\n        code\n        name\n      }\n      venue\n      startsAt\n      endsAt\n      endedAt\n      status\n      countries\n    }\n    actionWeeks {\n      id\n      code\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      weekId\n      platform {\n        code\n        name\n      }\n      venue\n      startsAt\n      endsAt\n      endedAt\n      status\n      countries\n    }\n    actionWeeks {\n      id\n      code\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionLog($sessionId: ID!) {\n    patrolSession(id: $sessionId) {\n      ...PatrolSessionFields\n    }\n  }\n"): (typeof documents)["\n  query SessionLog($sessionId: ID!) {\n    patrolSession(id: $sessionId) {\n      ...PatrolSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionWeek($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      timeZone\n      status\n      countries {\n        country\n        languages\n        shareNotes\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionWeek($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      timeZone\n      status\n      countries {\n        country\n        languages\n        shareNotes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionTotals($sessionId: ID!) {\n    sessionTotals(sessionId: $sessionId) {\n      interactions\n      youngPeople\n      referrals\n    }\n  }\n"): (typeof documents)["\n  query SessionTotals($sessionId: ID!) {\n    sessionTotals(sessionId: $sessionId) {\n      interactions\n      youngPeople\n      referrals\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Interactions($filter: InteractionFilter!, $first: Int, $after: String) {\n    interactions(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...InteractionFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Interactions($filter: InteractionFilter!, $first: Int, $after: String) {\n    interactions(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...InteractionFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogInteraction($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      ...InteractionFields\n    }\n  }\n"): (typeof documents)["\n  mutation LogInteraction($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      ...InteractionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInteraction($input: UpdateInteractionInput!) {\n    updateInteraction(input: $input) {\n      ...InteractionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInteraction($input: UpdateInteractionInput!) {\n    updateInteraction(input: $input) {\n      ...InteractionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteInteraction($id: ID!, $version: Int!) {\n    deleteInteraction(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteInteraction($id: ID!, $version: Int!) {\n    deleteInteraction(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SessionChanged($weekId: ID!) {\n    scheduleChanged(weekId: $weekId) {\n      weekId\n      sessionId\n      change\n      version\n      byCountry\n    }\n  }\n"): (typeof documents)["\n  subscription SessionChanged($weekId: ID!) {\n    scheduleChanged(weekId: $weekId) {\n      weekId\n      sessionId\n      change\n      version\n      byCountry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CountTableFields on CountTable {\n    rows\n    columns\n    cells {\n      value\n      suppressed\n      pending\n    }\n    rowTotals {\n      value\n      suppressed\n      pending\n    }\n    columnTotals {\n      value\n      suppressed\n      pending\n    }\n    grandTotal {\n      value\n      suppressed\n      pending\n    }\n  }\n"): (typeof documents)["\n  fragment CountTableFields on CountTable {\n    rows\n    columns\n    cells {\n      value\n      suppressed\n      pending\n    }\n    rowTotals {\n      value\n      suppressed\n      pending\n    }\n    columnTotals {\n      value\n      suppressed\n      pending\n    }\n    grandTotal {\n      value\n      suppressed\n      pending\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outcomes($weekId: ID!, $filter: OutcomesFilter, $unsuppressed: Boolean) {\n    outcomes(weekId: $weekId, filter: $filter, unsuppressed: $unsuppressed) {\n      weekId\n      minCount\n      suppressed\n      protection {\n        method\n        minCount\n        maxPerturbation\n        typicalPerturbation\n      }\n      byCountryAndDay {\n        ...CountTableFields\n      }\n      byTopic {\n        ...CountTableFields\n      }\n      byPlatform {\n        ...CountTableFields\n      }\n      byAgeBand {\n        ...CountTableFields\n      }\n      byOutcome {\n        ...CountTableFields\n      }\n      byLanguage {\n        ...CountTableFields\n      }\n      youngPeople {\n        ...CountTableFields\n      }\n      sessions {\n        ...CountTableFields\n      }\n      referrals {\n        ...CountTableFields\n      }\n      patrolHours {\n        country\n        hours\n      }\n    }\n  }\n"): (typeof documents)["\n  query Outcomes($weekId: ID!, $filter: OutcomesFilter, $unsuppressed: Boolean) {\n    outcomes(weekId: $weekId, filter: $filter, unsuppressed: $unsuppressed) {\n      weekId\n      minCount\n      suppressed\n      protection {\n        method\n        minCount\n        maxPerturbation\n        typicalPerturbation\n      }\n      byCountryAndDay {\n        ...CountTableFields\n      }\n      byTopic {\n        ...CountTableFields\n      }\n      byPlatform {\n        ...CountTableFields\n      }\n      byAgeBand {\n        ...CountTableFields\n      }\n      byOutcome {\n        ...CountTableFields\n      }\n      byLanguage {\n        ...CountTableFields\n      }\n      youngPeople {\n        ...CountTableFields\n      }\n      sessions {\n        ...CountTableFields\n      }\n      referrals {\n        ...CountTableFields\n      }\n      patrolHours {\n        country\n        hours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomesWeek($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      title\n      status\n      firstDay\n      lastDay\n      timeZone\n      countries {\n        country\n      }\n    }\n    platforms {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query OutcomesWeek($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      title\n      status\n      firstDay\n      lastDay\n      timeZone\n      countries {\n        country\n      }\n    }\n    platforms {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DebriefDigest($weekId: ID!, $country: String) {\n    debriefDigest(weekId: $weekId, country: $country) {\n      country\n      summaries {\n        platform\n        startsAt\n        summaryEn\n        submittedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query DebriefDigest($weekId: ID!, $country: String) {\n    debriefDigest(weekId: $weekId, country: $country) {\n      country\n      summaries {\n        platform\n        startsAt\n        summaryEn\n        submittedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionWeeks {\n    actionWeeks {\n      id\n      code\n      title\n      hostCountry\n      firstDay\n      lastDay\n      timeZone\n      status\n      requireTwoFactor\n      countries {\n        country\n        languages\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionWeeks {\n    actionWeeks {\n      id\n      code\n      title\n      hostCountry\n      firstDay\n      lastDay\n      timeZone\n      status\n      requireTwoFactor\n      countries {\n        country\n        languages\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NowSessionFields on NowSession {\n    id\n    status\n    phase\n    startsAt\n    endsAt\n    platformCode\n    platformName\n    venue\n    countries\n    overrunning\n    mayStart\n    gaps {\n      country\n      positions\n      profileMissing\n    }\n  }\n"): (typeof documents)["\n  fragment NowSessionFields on NowSession {\n    id\n    status\n    phase\n    startsAt\n    endsAt\n    platformCode\n    platformName\n    venue\n    countries\n    overrunning\n    mayStart\n    gaps {\n      country\n      positions\n      profileMissing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WeekNow($weekId: ID!) {\n    weekNow(weekId: $weekId) {\n      weekId\n      at\n      mySessions {\n        ...NowSessionFields\n      }\n      live {\n        ...NowSessionFields\n      }\n      toStart {\n        ...NowSessionFields\n      }\n      toEnd {\n        ...NowSessionFields\n      }\n      unstaffed {\n        ...NowSessionFields\n      }\n      debriefsOwed {\n        sessionId\n        debriefId\n        country\n        sessionEndsAt\n        platformName\n        state\n      }\n      debriefsToReview {\n        sessionId\n        debriefId\n        country\n        sessionEndsAt\n        platformName\n        state\n      }\n      openReferrals {\n        immediate\n        priority\n        routine\n      }\n      urgentReferrals {\n        id\n        sessionId\n        country\n        urgency\n        status\n        receivingUnit\n        reasonCode\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query WeekNow($weekId: ID!) {\n    weekNow(weekId: $weekId) {\n      weekId\n      at\n      mySessions {\n        ...NowSessionFields\n      }\n      live {\n        ...NowSessionFields\n      }\n      toStart {\n        ...NowSessionFields\n      }\n      toEnd {\n        ...NowSessionFields\n      }\n      unstaffed {\n        ...NowSessionFields\n      }\n      debriefsOwed {\n        sessionId\n        debriefId\n        country\n        sessionEndsAt\n        platformName\n        state\n      }\n      debriefsToReview {\n        sessionId\n        debriefId\n        country\n        sessionEndsAt\n        platformName\n        state\n      }\n      openReferrals {\n        immediate\n        priority\n        routine\n      }\n      urgentReferrals {\n        id\n        sessionId\n        country\n        urgency\n        status\n        receivingUnit\n        reasonCode\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeOutcomes($weekId: ID!) {\n    outcomes(weekId: $weekId) {\n      weekId\n      minCount\n      byCountryAndDay {\n        grandTotal {\n          value\n          suppressed\n          pending\n        }\n      }\n      youngPeople {\n        grandTotal {\n          value\n          suppressed\n          pending\n        }\n      }\n      referrals {\n        grandTotal {\n          value\n          suppressed\n          pending\n        }\n      }\n      sessions {\n        columns\n        columnTotals {\n          value\n          suppressed\n          pending\n        }\n      }\n      patrolHours {\n        country\n        hours\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeOutcomes($weekId: ID!) {\n    outcomes(weekId: $weekId) {\n      weekId\n      minCount\n      byCountryAndDay {\n        grandTotal {\n          value\n          suppressed\n          pending\n        }\n      }\n      youngPeople {\n        grandTotal {\n          value\n          suppressed\n          pending\n        }\n      }\n      referrals {\n        grandTotal {\n          value\n          suppressed\n          pending\n        }\n      }\n      sessions {\n        columns\n        columnTotals {\n          value\n          suppressed\n          pending\n        }\n      }\n      patrolHours {\n        country\n        hours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewPlanImport($weekId: ID!, $fileName: String!, $contentBase64: String!) {\n    previewPlanImport(weekId: $weekId, fileName: $fileName, contentBase64: $contentBase64) {\n      weekId\n      kind\n      refusedRows\n      rows {\n        row\n        cells {\n          date\n          start\n          end\n          platform\n          venue\n          countries\n        }\n        session {\n          startsAt\n          endsAt\n          platform\n          platformName\n          venue\n          countries\n          guideName\n        }\n        errors {\n          field\n          code\n          message\n        }\n        conflicts {\n          kind\n          otherRow\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewPlanImport($weekId: ID!, $fileName: String!, $contentBase64: String!) {\n    previewPlanImport(weekId: $weekId, fileName: $fileName, contentBase64: $contentBase64) {\n      weekId\n      kind\n      refusedRows\n      rows {\n        row\n        cells {\n          date\n          start\n          end\n          platform\n          venue\n          countries\n        }\n        session {\n          startsAt\n          endsAt\n          platform\n          platformName\n          venue\n          countries\n          guideName\n        }\n        errors {\n          field\n          code\n          message\n        }\n        conflicts {\n          kind\n          otherRow\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPlan($weekId: ID!, $fileName: String!, $contentBase64: String!) {\n    importPlan(weekId: $weekId, fileName: $fileName, contentBase64: $contentBase64) {\n      weekId\n      imported\n      sessionIds\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPlan($weekId: ID!, $fileName: String!, $contentBase64: String!) {\n    importPlan(weekId: $weekId, fileName: $fileName, contentBase64: $contentBase64) {\n      weekId\n      imported\n      sessionIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileRowFields on PoliceProfile {\n    id\n    country\n    platform\n    displayName\n    status\n    safetyNotes\n    updatedAt\n    version\n    sessions {\n      id\n      weekId\n      weekCode\n      weekTitle\n      startsAt\n      endsAt\n      platform\n      status\n      country\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileRowFields on PoliceProfile {\n    id\n    country\n    platform\n    displayName\n    status\n    safetyNotes\n    updatedAt\n    version\n    sessions {\n      id\n      weekId\n      weekCode\n      weekTitle\n      startsAt\n      endsAt\n      platform\n      status\n      country\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfilesPage($filter: PoliceProfileFilter) {\n    policeProfiles(filter: $filter) {\n      ...ProfileRowFields\n    }\n  }\n"): (typeof documents)["\n  query ProfilesPage($filter: PoliceProfileFilter) {\n    policeProfiles(filter: $filter) {\n      ...ProfileRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfilePlatforms {\n    platforms {\n      code\n      name\n      builtin\n    }\n  }\n"): (typeof documents)["\n  query ProfilePlatforms {\n    platforms {\n      code\n      name\n      builtin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterProfile($input: RegisterPoliceProfileInput!) {\n    registerPoliceProfile(input: $input) {\n      id\n      country\n      platform\n      displayName\n      status\n      safetyNotes\n      updatedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterProfile($input: RegisterPoliceProfileInput!) {\n    registerPoliceProfile(input: $input) {\n      id\n      country\n      platform\n      displayName\n      status\n      safetyNotes\n      updatedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdatePoliceProfileInput!) {\n    updatePoliceProfile(input: $input) {\n      id\n      displayName\n      safetyNotes\n      status\n      updatedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdatePoliceProfileInput!) {\n    updatePoliceProfile(input: $input) {\n      id\n      displayName\n      safetyNotes\n      status\n      updatedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendProfile($id: ID!, $version: Int!) {\n    suspendPoliceProfile(id: $id, version: $version) {\n      id\n      status\n      updatedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendProfile($id: ID!, $version: Int!) {\n    suspendPoliceProfile(id: $id, version: $version) {\n      id\n      status\n      updatedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateProfile($id: ID!, $version: Int!) {\n    reactivatePoliceProfile(id: $id, version: $version) {\n      id\n      status\n      updatedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateProfile($id: ID!, $version: Int!) {\n    reactivatePoliceProfile(id: $id, version: $version) {\n      id\n      status\n      updatedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireProfile($id: ID!, $version: Int!) {\n    retirePoliceProfile(id: $id, version: $version) {\n      id\n      status\n      updatedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RetireProfile($id: ID!, $version: Int!) {\n    retirePoliceProfile(id: $id, version: $version) {\n      id\n      status\n      updatedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlatform($name: String!) {\n    addPlatform(name: $name) {\n      code\n      name\n      builtin\n    }\n  }\n"): (typeof documents)["\n  mutation AddPlatform($name: String!) {\n    addPlatform(name: $name) {\n      code\n      name\n      builtin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralListFields on Referral {\n    id\n    weekId\n    sessionId\n    interactionId\n    country\n    receivingUnit\n    urgency\n    reasonCode\n    status\n    raisedBy\n    createdAt\n    version\n  }\n"): (typeof documents)["\n  fragment ReferralListFields on Referral {\n    id\n    weekId\n    sessionId\n    interactionId\n    country\n    receivingUnit\n    urgency\n    reasonCode\n    status\n    raisedBy\n    createdAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referrals($filter: ReferralFilter!) {\n    referrals(filter: $filter) {\n      ...ReferralListFields\n    }\n  }\n"): (typeof documents)["\n  query Referrals($filter: ReferralFilter!) {\n    referrals(filter: $filter) {\n      ...ReferralListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralDetails($id: ID!) {\n    referral(id: $id) {\n      ...ReferralListFields\n      details\n      history {\n        status\n        by\n        at\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralDetails($id: ID!) {\n    referral(id: $id) {\n      ...ReferralListFields\n      details\n      history {\n        status\n        by\n        at\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseReferral($input: RaiseReferralInput!) {\n    raiseReferral(input: $input) {\n      ...ReferralListFields\n    }\n  }\n"): (typeof documents)["\n  mutation RaiseReferral($input: RaiseReferralInput!) {\n    raiseReferral(input: $input) {\n      ...ReferralListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReferralStatus($id: ID!, $version: Int!, $status: ReferralStatus!, $note: String) {\n    setReferralStatus(id: $id, version: $version, status: $status, note: $note) {\n      ...ReferralListFields\n      history {\n        status\n        by\n        at\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetReferralStatus($id: ID!, $version: Int!, $status: ReferralStatus!, $note: String) {\n    setReferralStatus(id: $id, version: $version, status: $status, note: $note) {\n      ...ReferralListFields\n      history {\n        status\n        by\n        at\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReferralRaised {\n    referralRaised {\n      id\n      weekId\n      sessionId\n      country\n      urgency\n      receivingUnit\n      reasonCode\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  subscription ReferralRaised {\n    referralRaised {\n      id\n      weekId\n      sessionId\n      country\n      urgency\n      receivingUnit\n      reasonCode\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanCopySources {\n    actionWeeks {\n      id\n      code\n      title\n      firstDay\n      lastDay\n      status\n    }\n  }\n"): (typeof documents)["\n  query PlanCopySources {\n    actionWeeks {\n      id\n      code\n      title\n      firstDay\n      lastDay\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanCopyFields on PlanCopy {\n    fromWeekId\n    toWeekId\n    copied\n    copies {\n      sourceSessionId\n      droppedCountries\n    }\n    skipped {\n      sourceSessionId\n      platform\n      venue\n      startsAt\n      message\n    }\n    refused {\n      sourceSessionId\n      platform\n      venue\n      startsAt\n      reason\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment PlanCopyFields on PlanCopy {\n    fromWeekId\n    toWeekId\n    copied\n    copies {\n      sourceSessionId\n      droppedCountries\n    }\n    skipped {\n      sourceSessionId\n      platform\n      venue\n      startsAt\n      message\n    }\n    refused {\n      sourceSessionId\n      platform\n      venue\n      startsAt\n      reason\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanCopyPreview($fromWeekId: ID!, $toWeekId: ID!) {\n    planCopyPreview(fromWeekId: $fromWeekId, toWeekId: $toWeekId) {\n      ...PlanCopyFields\n    }\n  }\n"): (typeof documents)["\n  query PlanCopyPreview($fromWeekId: ID!, $toWeekId: ID!) {\n    planCopyPreview(fromWeekId: $fromWeekId, toWeekId: $toWeekId) {\n      ...PlanCopyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyWeekPlan($fromWeekId: ID!, $toWeekId: ID!) {\n    copyWeekPlan(fromWeekId: $fromWeekId, toWeekId: $toWeekId) {\n      ...PlanCopyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CopyWeekPlan($fromWeekId: ID!, $toWeekId: ID!) {\n    copyWeekPlan(fromWeekId: $fromWeekId, toWeekId: $toWeekId) {\n      ...PlanCopyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PatrolSessionFields on PatrolSession {\n    id\n    weekId\n    platform {\n      code\n      name\n    }\n    venue\n    startsAt\n    endsAt\n    countries\n    guide {\n      id\n      displayName\n      country\n    }\n    briefing\n    status\n    cancelReason\n    startOverrideReason\n    startedAt\n    endedAt\n    version\n    busySlot\n    rosters {\n      country\n      operatorOne {\n        id\n        displayName\n      }\n      operatorTwo {\n        id\n        displayName\n      }\n      teamLeader {\n        id\n        displayName\n      }\n      profile {\n        id\n        displayName\n        platform\n      }\n    }\n    missingPositions {\n      country\n      positions\n    }\n  }\n"): (typeof documents)["\n  fragment PatrolSessionFields on PatrolSession {\n    id\n    weekId\n    platform {\n      code\n      name\n    }\n    venue\n    startsAt\n    endsAt\n    countries\n    guide {\n      id\n      displayName\n      country\n    }\n    briefing\n    status\n    cancelReason\n    startOverrideReason\n    startedAt\n    endedAt\n    version\n    busySlot\n    rosters {\n      country\n      operatorOne {\n        id\n        displayName\n      }\n      operatorTwo {\n        id\n        displayName\n      }\n      teamLeader {\n        id\n        displayName\n      }\n      profile {\n        id\n        displayName\n        platform\n      }\n    }\n    missingPositions {\n      country\n      positions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WeekBoard($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      title\n      hostCountry\n      firstDay\n      lastDay\n      timeZone\n      status\n      countries {\n        country\n        languages\n      }\n    }\n    platforms {\n      code\n      name\n      builtin\n    }\n    schedule(weekId: $weekId) {\n      ...PatrolSessionFields\n    }\n  }\n"): (typeof documents)["\n  query WeekBoard($weekId: ID!) {\n    actionWeek(id: $weekId) {\n      id\n      code\n      title\n      hostCountry\n      firstDay\n      lastDay\n      timeZone\n      status\n      countries {\n        country\n        languages\n      }\n    }\n    platforms {\n      code\n      name\n      builtin\n    }\n    schedule(weekId: $weekId) {\n      ...PatrolSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatrolSession($id: ID!) {\n    patrolSession(id: $id) {\n      ...PatrolSessionFields\n    }\n  }\n"): (typeof documents)["\n  query PatrolSession($id: ID!) {\n    patrolSession(id: $id) {\n      ...PatrolSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningPeople($filter: AccountFilter) {\n    accounts(filter: $filter) {\n      id\n      displayName\n      country\n      roles\n    }\n  }\n"): (typeof documents)["\n  query PlanningPeople($filter: AccountFilter) {\n    accounts(filter: $filter) {\n      id\n      displayName\n      country\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningProfiles($filter: PoliceProfileFilter) {\n    policeProfiles(filter: $filter) {\n      id\n      displayName\n      country\n      platform\n      status\n    }\n  }\n"): (typeof documents)["\n  query PlanningProfiles($filter: PoliceProfileFilter) {\n    policeProfiles(filter: $filter) {\n      id\n      displayName\n      country\n      platform\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedulePatrolSession($input: SchedulePatrolSessionInput!) {\n    schedulePatrolSession(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SchedulePatrolSession($input: SchedulePatrolSessionInput!) {\n    schedulePatrolSession(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReschedulePatrolSession($input: ReschedulePatrolSessionInput!) {\n    reschedulePatrolSession(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReschedulePatrolSession($input: ReschedulePatrolSessionInput!) {\n    reschedulePatrolSession(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRoster($input: AssignRosterInput!) {\n    assignRoster(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignRoster($input: AssignRosterInput!) {\n    assignRoster(input: $input) {\n      ...PatrolSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelPatrolSession($id: ID!, $version: Int!, $reason: String!) {\n    cancelPatrolSession(id: $id, version: $version, reason: $reason) {\n      ...PatrolSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelPatrolSession($id: ID!, $version: Int!, $reason: String!) {\n    cancelPatrolSession(id: $id, version: $version, reason: $reason) {\n      ...PatrolSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPatrolSession($id: ID!, $version: Int!, $overrideReason: String) {\n    startPatrolSession(id: $id, version: $version, overrideReason: $overrideReason) {\n      ...PatrolSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartPatrolSession($id: ID!, $version: Int!, $overrideReason: String) {\n    startPatrolSession(id: $id, version: $version, overrideReason: $overrideReason) {\n      ...PatrolSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndPatrolSession($id: ID!, $version: Int!) {\n    endPatrolSession(id: $id, version: $version) {\n      ...PatrolSessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndPatrolSession($id: ID!, $version: Int!) {\n    endPatrolSession(id: $id, version: $version) {\n      ...PatrolSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ScheduleChanged($weekId: ID!) {\n    scheduleChanged(weekId: $weekId) {\n      weekId\n      sessionId\n      change\n      version\n    }\n  }\n"): (typeof documents)["\n  subscription ScheduleChanged($weekId: ID!) {\n    scheduleChanged(weekId: $weekId) {\n      weekId\n      sessionId\n      change\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTwoFactor {\n    myTwoFactor {\n      enabled\n      required\n      enabledAt\n      recoveryCodesLeft\n    }\n  }\n"): (typeof documents)["\n  query MyTwoFactor {\n    myTwoFactor {\n      enabled\n      required\n      enabledAt\n      recoveryCodesLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginTwoFactorEnrolment($code: String, $recoveryCode: String) {\n    beginTwoFactorEnrolment(code: $code, recoveryCode: $recoveryCode) {\n      secret\n      otpauthUri\n      qrCode\n    }\n  }\n"): (typeof documents)["\n  mutation BeginTwoFactorEnrolment($code: String, $recoveryCode: String) {\n    beginTwoFactorEnrolment(code: $code, recoveryCode: $recoveryCode) {\n      secret\n      otpauthUri\n      qrCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTwoFactorEnrolment($code: String!) {\n    confirmTwoFactorEnrolment(code: $code) {\n      codes\n      status {\n        enabled\n        required\n        enabledAt\n        recoveryCodesLeft\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTwoFactorEnrolment($code: String!) {\n    confirmTwoFactorEnrolment(code: $code) {\n      codes\n      status {\n        enabled\n        required\n        enabledAt\n        recoveryCodesLeft\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateTwoFactorRecoveryCodes($code: String, $recoveryCode: String) {\n    regenerateTwoFactorRecoveryCodes(code: $code, recoveryCode: $recoveryCode) {\n      codes\n      status {\n        enabled\n        required\n        enabledAt\n        recoveryCodesLeft\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateTwoFactorRecoveryCodes($code: String, $recoveryCode: String) {\n    regenerateTwoFactorRecoveryCodes(code: $code, recoveryCode: $recoveryCode) {\n      codes\n      status {\n        enabled\n        required\n        enabledAt\n        recoveryCodesLeft\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetActionWeekTwoFactor($id: ID!, $required: Boolean!) {\n    setActionWeekTwoFactor(id: $id, required: $required) {\n      id\n      requireTwoFactor\n    }\n  }\n"): (typeof documents)["\n  mutation SetActionWeekTwoFactor($id: ID!, $required: Boolean!) {\n    setActionWeekTwoFactor(id: $id, required: $required) {\n      id\n      requireTwoFactor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTwoFactor($code: String, $recoveryCode: String) {\n    disableTwoFactor(code: $code, recoveryCode: $recoveryCode) {\n      enabled\n      required\n      enabledAt\n      recoveryCodesLeft\n    }\n  }\n"): (typeof documents)["\n  mutation DisableTwoFactor($code: String, $recoveryCode: String) {\n    disableTwoFactor(code: $code, recoveryCode: $recoveryCode) {\n      enabled\n      required\n      enabledAt\n      recoveryCodesLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WeekReportFields on WeekReport {\n    weekId\n    lessonsLearned\n    lessonsLearnedHtml\n    language\n    summaryEn\n    version\n    updatedAt\n    debriefs {\n      id\n      sessionId\n      country\n      author\n      language\n      whatWorked\n      challenges\n      signals\n      platformObservations\n      wellbeingScore\n      wellbeingText\n      guidanceSuggestions\n      summaryEn\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  fragment WeekReportFields on WeekReport {\n    weekId\n    lessonsLearned\n    lessonsLearnedHtml\n    language\n    summaryEn\n    version\n    updatedAt\n    debriefs {\n      id\n      sessionId\n      country\n      author\n      language\n      whatWorked\n      challenges\n      signals\n      platformObservations\n      wellbeingScore\n      wellbeingText\n      guidanceSuggestions\n      summaryEn\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WeekReport($weekId: ID!) {\n    weekReport(weekId: $weekId) {\n      ...WeekReportFields\n    }\n    actionWeek(id: $weekId) {\n      id\n      code\n      title\n    }\n  }\n"): (typeof documents)["\n  query WeekReport($weekId: ID!) {\n    weekReport(weekId: $weekId) {\n      ...WeekReportFields\n    }\n    actionWeek(id: $weekId) {\n      id\n      code\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WeekReportDebriefs($weekId: ID!) {\n    debriefs(filter: { weekId: $weekId }) {\n      id\n      sessionId\n      country\n      author\n      language\n      summaryEn\n      status\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  query WeekReportDebriefs($weekId: ID!) {\n    debriefs(filter: { weekId: $weekId }) {\n      id\n      sessionId\n      country\n      author\n      language\n      summaryEn\n      status\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveWeekReport($input: SaveWeekReportInput!) {\n    saveWeekReport(input: $input) {\n      ...WeekReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveWeekReport($input: SaveWeekReportInput!) {\n    saveWeekReport(input: $input) {\n      ...WeekReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WeekSetupFields on ActionWeek {\n    id\n    code\n    title\n    hostCountry\n    firstDay\n    lastDay\n    timeZone\n    status\n    minCount\n    retentionDays\n    closedAt\n    textsDeletedAt\n    version\n    countries {\n      country\n      languages\n    }\n  }\n"): (typeof documents)["\n  fragment WeekSetupFields on ActionWeek {\n    id\n    code\n    title\n    hostCountry\n    firstDay\n    lastDay\n    timeZone\n    status\n    minCount\n    retentionDays\n    closedAt\n    textsDeletedAt\n    version\n    countries {\n      country\n      languages\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupWeeks {\n    actionWeeks {\n      ...WeekSetupFields\n    }\n  }\n"): (typeof documents)["\n  query SetupWeeks {\n    actionWeeks {\n      ...WeekSetupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupWeek($id: ID!) {\n    actionWeek(id: $id) {\n      ...WeekSetupFields\n    }\n    platforms {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query SetupWeek($id: ID!) {\n    actionWeek(id: $id) {\n      ...WeekSetupFields\n    }\n    platforms {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWeek($input: CreateActionWeekInput!) {\n    createActionWeek(input: $input) {\n      ...WeekSetupFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWeek($input: CreateActionWeekInput!) {\n    createActionWeek(input: $input) {\n      ...WeekSetupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWeek($input: UpdateActionWeekInput!) {\n    updateActionWeek(input: $input) {\n      ...WeekSetupFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWeek($input: UpdateActionWeekInput!) {\n    updateActionWeek(input: $input) {\n      ...WeekSetupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWeekStatus($id: ID!, $status: WeekStatus!) {\n    setActionWeekStatus(id: $id, status: $status) {\n      ...WeekSetupFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetWeekStatus($id: ID!, $status: WeekStatus!) {\n    setActionWeekStatus(id: $id, status: $status) {\n      ...WeekSetupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WeekReadiness($weekId: ID!) {\n    weekReadiness(weekId: $weekId) {\n      weekId\n      ready\n      items {\n        code\n        country\n        platform\n        sessionId\n        sessionStartsAt\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query WeekReadiness($weekId: ID!) {\n    weekReadiness(weekId: $weekId) {\n      weekId\n      ready\n      items {\n        code\n        country\n        platform\n        sessionId\n        sessionStartsAt\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WeekRetention($weekId: ID!) {\n    weekRetention(weekId: $weekId) {\n      weekId\n      status\n      closedAt\n      retentionDays\n      textsDeletionDue\n      textsDeletedAt\n      lastRun {\n        at\n        interactions\n        referrals\n        revisions\n        referralNotes\n        debriefs\n        debriefComments\n        weekReports\n      }\n    }\n  }\n"): (typeof documents)["\n  query WeekRetention($weekId: ID!) {\n    weekRetention(weekId: $weekId) {\n      weekId\n      status\n      closedAt\n      retentionDays\n      textsDeletionDue\n      textsDeletedAt\n      lastRun {\n        at\n        interactions\n        referrals\n        revisions\n        referralNotes\n        debriefs\n        debriefComments\n        weekReports\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;