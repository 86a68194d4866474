/// Every text the kiosk shows, by key. Each language's catalog must have all of them.
public enum MessageKey: String, CaseIterable, Sendable {
    case appName

    // Login
    case loginWelcome, loginPrompt, loginLanguage, loginNumber, loginPIN
    case loginMissingFields, loginWrongCredentials, loginTooSoon, loginLocked, loginIdleLoggedOut

    // Home
    case homeTitle, homeGreeting, homeAnnouncements, homeNoAnnouncements, homeUnread
    case menuCourses, menuJobSites, menuPress, menuRequests, menuSettings, menuLogout

    // Sections not yet filled, or closed by the access profile
    case sectionEmpty, sectionClosedBadge, sectionNotInProfile, sectionOpensAt, sectionDailyTimeUsed, sectionTimeLeft

    // Settings
    case settingsTitle, settingsLanguage, settingsTheme, settingsSaved
    case themeDefault, themeHighContrast, themeMono

    // Key hints: what a key does
    case hintNextField, hintLogIn, hintLanguage, hintMove, hintOpen, hintBack, hintChange, hintLogOut

    // Interruptions
    case idleWarningTitle, idleWarning
    case tooSmall, tooSmallNeeded

    // Supervisor mode
    case staffLoginTitle, staffLoginPrompt, staffLoginMissing, staffLoginWrong, staffLoginName, staffPassword, hintStaff, hintCancel, staffMode
    case staffGreeting, roleOfficer, roleService, roleAdmin
    case staffMenuDetainees, staffMenuRequests, staffMenuAuditLog, auditLogEmpty, staffMenuURLCheck, staffMenuStaff, hintUnlock, urlCheckField, urlCheckAllowed, urlCheckDenied, hintCheck
    case detaineesTitle, detaineesSearch, detaineesNone, detaineeLocked, detaineeFailed, hintSearch
    case detaineeCell, detaineeActionLock, detaineeActionUnlock, detaineeActionResetPIN, detaineeActionLanguage
    case detaineeNewPINTitle, detaineeNewPIN, hintDo, detaineeActionProfile, detaineeProfileNone

    // Supervisor: announcements, allowlists, audit detail
    case staffMenuAnnouncements, staffMenuSiteRules, staffMenuFeedSources, hintAdd, hintRemove, hintWithdraw
    case hintToggle, hintSave, hintDetail, confirmTitle, siteRulesEmpty, siteRuleInvalid, siteRuleNewTitle
    case siteRuleFormat, siteRuleText, siteRuleCategory, siteRuleGetForms, siteRulePost, siteRuleRemoveConfirm
    case feedSourcesEmpty, feedSourceNewTitle, feedSourceURL, feedSourceName, feedSourceLanguage
    case feedSourceNeedsRule, feedNameMissing, feedEnabled, feedDisabled, feedSourceRemoveConfirm
    case announcementsEmpty, announcementNewTitle, announcementText, announcementStartsAt, announcementEndsAt
    case announcementAudience, announcementWing, announcementDatesHelp, audienceEveryone, audienceWing
    case audienceWingNamed, audienceLanguage, announcementScheduled, announcementShowing, announcementEnded
    case announcementWithdrawn, announcementUntilWithdrawn, announcementTextMissing, announcementDateInvalid
    case announcementEndsBeforeStart, announcementEndsInPast, announcementWingInvalid, announcementWithdrawConfirm
    case auditWhen, auditWho, auditTerminal, auditAction, auditSubject, auditDetail

    // Press
    case pressNewspapers, pressByDate, pressEmpty, pressLoading, pressUnreadCount, pressArticleCount, pressUnreadMark
    case pressNoArticles, pressSearchTitle, pressSearchField, pressSearchHelp, pressSearchNone, pressSearchResults
    case pressArticleMissing, pressOriginal, pressAuthor, pressEndOfArticle, hintScroll, hintPage, hintSwitchView
    case documentImage, documentSubmit, pressArticleCountOne, pressSearchResultOne

    // Job sites: the start page and the page reader
    case jobSitesBookmarks, jobSitesCategoryJobs, jobSitesCategoryTraining, jobSitesCategoryGovernment
    case jobSitesCategoryLibrary, jobSitesNone, jobSitesLoading, jobSitesHelp, webAddressField, webFindField, webLoading
    case webEndOfPage, webBookmarked, webRefusedTitle, webRefusedNotListed, webRefusedForm, webRefusedPost
    case webRefusedScheme, webRefusedPort, webRefusedMalformed, webRefusedHop, webFailedTitle, webFailedTimeout
    case webFailedTooLarge, webFailedStatus, webFailedNotFound, webFailedDenied, webFailedServer, webFailedType
    case webFailedRedirects, webFailedNetwork, webGoBack, webLinkSelected, webTypedNumber, webFieldText, webFieldChoice
    case webFieldTick, webFieldSubmit, webNoSuchLink, webFormCannotBeSent, webNoMatch, webMatch, webBookmarkAdded
    case webBookmarkRemoved, webBookmarksFull, webNothingToBookmark, hintFollow, hintAddress, hintFind, hintBookmark
    case hintReload, hintStartPage, hintGo, hintKeep, hintType

    // Courses: the catalogue, a course's page, the lesson reader and quizzes
    case courseSearchField, courseLanguageFilter, courseCategoryFilter, courseAllLanguages, courseAllCategories
    case courseCategoryDigital, courseCategoryWork, courseCategoryMoney, courseCategoryRelease, courseCategoryLanguage
    case courseCategoryHealth, courseLevelBeginner, courseLevelIntermediate, courseLevelAdvanced, courseMinutes
    case courseNotStarted, courseStepsDoneShort, courseCompleted, coursesEmpty, coursesNoneMatch, coursesMore, courseLoading
    case courseHistoryTitle, courseHistoryEmpty, courseCompletedOn, courseMissing, courseProgress, courseNotEnrolled
    case coursePassMark, courseStepLesson, courseStepQuiz, courseStepRead, courseStepPassed, courseStepNotPassed
    case lessonPosition, lessonEnd, lessonLinkSelected
    case quizQuestionNumber, quizHowSingle, quizHowMultiple, quizHowShort, quizAnswerField, quizYourAnswer, quizRight
    case quizWrong, quizRightAnswer, quizGoOn, quizResult, quizScore, quizPassed, quizNotPassed, quizSaved
    case quizCourseCompleted, quizNoQuestions
    case hintTopic, hintHistory, hintLink, hintAnswer, hintTick, hintNext, hintChoose

    // Supervisor: courses, their learners, assigning one
    case staffMenuCourses, staffCoursesEmpty, courseStepCount, courseStepCountOne, staffCourseCounts
    case courseLearnersTitle, courseLearnersEmpty, courseLearnerEnrolled, courseLearnerAssignedBy, courseLearnerSelfEnrolled
    case courseLearnerCompleted, courseLearnerNotCompleted, courseAssignNumber, courseAssignNumberInvalid, hintAssign
    case courseColumnCourse, courseColumnLanguage, courseColumnSteps, courseColumnEnrolled, courseColumnCompleted
    case learnerColumnNumber, learnerColumnName, learnerColumnEnrolled, learnerColumnAssignedBy, learnerColumnCompleted
    case courseLearnerBySelf, courseLearnerNotYet

    // Service requests
    case requestActTextMissing
    case requestStatusNew, requestStatusInProgress, requestStatusApproved, requestStatusDeclined, requestStatusRejected
    case requestStatusClosed, requestNumber, requestSentOn, requestUnread, requestsEmpty, requestLoading, requestMissing
    case requestPickerTitle, requestNoServices, requestLimitBadge, requestLimitOne, requestLimitMany, requestBlocked
    case requestFormTitle, requestFieldOptional, requestDateHelp, requestPeopleCount, requestPeopleNone
    case requestPersonName, requestPersonRelation, requestProblemRequired, requestProblemDate, requestProblemPersonName
    case requestProblemPeopleFull, requestReviewTitle, requestReviewHelp, requestNotAnswered, requestSending
    case requestSentDone, requestSentBack, requestNotSentKept, requestNotSentLimit, requestNotSentService
    case requestNotSentInvalid, requestLeaveConfirm, requestThreadTitle, requestStatusLine, requestAskedHeading
    case requestMessagesHeading, requestNoMessages, requestYou, requestStaffAuthor, requestStatusChanged
    case requestForwarded, requestReason, requestReplyTitle, requestReplySent, requestReplyNotSent, requestSendButton
    case requestQueueTitle, requestNoDepartment, requestFilterStatus, requestFilterOpen, requestFilterFinished
    case requestFilterAll, requestFilterAge, requestAgeAny, requestAgeOlder, requestFilterWing, requestWingAll
    case requestFilterTakenBy, requestTakenByAnyone, requestTakenByMe, requestWingField, requestQueueEmpty
    case requestColumnNumber, requestColumnDays, requestColumnStatus, requestColumnWing, requestColumnPrisoner
    case requestColumnService, requestColumnAssignee, requestAwaitsLegend, requestNobody, requestDaysOne, requestDays
    case requestToday, requestTakenBy, requestNotTaken, requestAwaits, requestRequester, requestDepartment
    case requestInternalNote, requestTakenEntry, requestComposerReply, requestComposerNote, requestComposerForward
    case requestComposerStatus, requestComposerTo, requestComposerNewStatus, requestComposerReason, hintNewRequest
    case hintLeave, hintStay, hintPrevious, hintRelation, hintSend, hintTryAgain, hintReply, hintClose, hintTake
    case hintNote, hintForward, hintStatus, hintDepartment, hintAge, hintWing, hintMine, hintApply

    // Store failures
    case storeNotWritable, storeUnavailable
}

extension MessageKey {
    /// Hashes the case, not its raw text (the default for a raw-value enum): every text on
    /// screen is a catalogue look-up, many per frame.
    public func hash(into hasher: inout Hasher) {
        withUnsafeBytes(of: self) { hasher.combine(bytes: $0) }
    }
}
