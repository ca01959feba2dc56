// Generated from openapi/openapi.json by `npm run gen:api`. Do not edit by hand.

export interface paths {
    "/api-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the machine clients (admin). */
        get: operations["listApiClients"];
        put?: never;
        /** Register a machine client (admin); the answer carries its secret, once. */
        post: operations["createApiClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One machine client (admin). */
        get: operations["getApiClient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a machine client (admin). Deactivating it stops its tokens at once. */
        patch: operations["updateApiClient"];
        trace?: never;
    };
    "/api-clients/{id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a machine client a new secret (admin), shown once; the old secret stops working. */
        post: operations["rotateApiClientSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What waits for the caller: co-signs, approvals, urgent reviews and raises of amounts. */
        get: operations["listApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, oldest first (controllers, admins). */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-events/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute the hash chain: `valid` is false when any stored event was altered, removed or
         *     inserted (controllers, admins).
         */
        get: operations["verifyAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in (aanmelden) with e-mail address and password.
         * @description Wrong credentials, an unknown address and a deactivated account all give the same 401.
         *     Failed sign-ins are limited per account and per client address: after a few, the next
         *     attempt must wait, and one made sooner gets 429 with `Retry-After`.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get an access token for a machine client (OAuth 2.0 client credentials).
         * @description The client authenticates with `client_secret_basic` (`Authorization: Basic` with the
         *     client id and secret) or with `private_key_jwt` (RFC 7523), which the NL GOV OAuth
         *     profile prefers. The token is valid for an hour; there is no refresh token.
         */
        post: operations["requestToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the categories. */
        get: operations["listCategories"];
        put?: never;
        /** Define a category (admin). */
        post: operations["createCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One category. */
        get: operations["getCategory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a category (admin). */
        patch: operations["updateCategory"];
        trace?: never;
    };
    "/client-records/{clientRef}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything held about one client, for a subject access request (controllers, admins):
         *     the client's decisions with their texts, events and corrections, and the processing log
         *     of the client's data. The request is itself a processing, and logged.
         */
        get: operations["getClientRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client-records/{clientRef}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase one client's personal data where the law allows (admins): the client reference
         *     and the free texts of the client's decisions are replaced; amounts, verdicts, statuses
         *     and the ledger stay. The audit trail records the erasure (naming the decisions, not the
         *     client) and still verifies.
         */
        post: operations["eraseClientRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Decisions the caller may see: professionals their own and their teams', team leads their
         *     teams', controllers and admins all.
         */
        get: operations["listDecisions"];
        put?: never;
        /**
         * Log a decision: it is checked against the mandate in force at `decidedAt`, stored with
         *     its verdict and explanation, and its amount is booked, in one atomic step. Send an
         *     `Idempotency-Key` so a retry never logs it twice: the same key with the same body returns
         *     the original result, with another body `422`, while the first is in progress `409`.
         */
        post: operations["createDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One decision with its explanation and events (the author, the team, its leads,
         *     controllers, admins). Every read is recorded in the audit trail.
         */
        get: operations["getDecision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a decision (a lead of the author's team, never the author). */
        post: operations["approveDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct the amount of a final decision (the author, or a lead of the author's team):
         *     the difference is booked as a compensating ledger entry; the decision keeps the amount
         *     it was decided with and gets a `corrected` event. A raise is checked like a new decision
         *     for the difference: beyond the mandate it waits for a lead of the team (`corrections[]`
         *     with `state` `pending`, a `correction_requested` event, the difference reserved).
         *     Waiting, rejected and withdrawn decisions cannot be corrected, nor one whose earlier
         *     correction still waits (409).
         */
        post: operations["correctDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/corrections/{correctionId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a raise of a decision's amount that waits (a lead of the author's team, never
         *     the one who asked for it): the reserved difference becomes committed.
         */
        post: operations["approveCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/corrections/{correctionId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a raise of a decision's amount that waits: the reserved difference is released
         *     and the decision keeps what it held.
         */
        post: operations["rejectCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/cosign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Co-sign a colleague's decision (vier ogen): another member of the team whose own mandate
         *     covers it.
         */
        post: operations["cosignDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/reflections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a reflection (evaluatie): how did it work out? (the author, any time after) */
        post: operations["reflectOnDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a decision (a lead of the author's team); its reservation is released. */
        post: operations["rejectDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Review an urgent decision afterwards: backed or not, always with a learning note. */
        post: operations["reviewDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw one's own decision while it waits; its reservation is released. */
        post: operations["withdrawDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/{id}/zgw-push": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push a final decision to the organisation's ZGW Besluiten API (again) now: its push
         *     starts over from the first attempt (admins, and leads of the decision's team). `409` when
         *     the decision is not final or its category has no besluittype in the ZGW connection.
         */
        post: operations["pushDecisionToZgw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity-provider": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's identity provider settings (admin); 404 when none is set. */
        get: operations["getIdentityProvider"];
        /** Set the organisation's identity provider (admin). */
        put: operations["putIdentityProvider"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import people and teams from CSV (admin), all or nothing.
         * @description A person is matched by e-mail address: new ones are added without a password, known
         *     ones get the file's name, roles and teams (`teams` they belong to, `leads` the teams
         *     they lead; leading needs the role `team_lead`). Teams that do not exist yet are made.
         *     Every bad cell is named as `rows[N].column`.
         */
        post: operations["importPeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lessons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The lessons of the caller's teams, newest first: the learnings leads wrote when they
         *     reviewed the teams' decisions, and the teams' published stories.
         */
        get: operations["listLessons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mandate-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a proposed decision against the mandate in force on `decidedOn` and the live
         *     budgets: the verdict, why, and what remains. Nothing is recorded.
         */
        post: operations["checkMandate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mandate-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List mandate templates (team leads, admins, controllers). */
        get: operations["listMandateTemplates"];
        put?: never;
        /** Define a mandate template (team leads, admins). */
        post: operations["createMandateTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mandate-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One mandate template. */
        get: operations["getMandateTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a mandate template (team leads, admins). */
        patch: operations["updateMandateTemplate"];
        trace?: never;
    };
    "/mandate-templates/{id}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply a template to professionals of the caller's teams: each gets a new mandate version. */
        post: operations["applyMandateTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person (ik): name, roles, teams and organisation. */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/mandate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own mandate and remaining budgets (mijn mandaat). */
        get: operations["getMyMandate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's settings (admins and controllers read them). */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the organisation's settings (admins): the retention period after which the
         *     personal fields of older decisions are erased automatically, daily.
         */
        patch: operations["changeOrganisation"];
        trace?: never;
    };
    "/precedents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Comparable earlier decisions of the organisation, closest first (the same category
         *     weighs most, then a nearby amount, then shared words of the title in any Dutch word
         *     form; ties go to the more recent), with how they worked out, the lead's learning and a
         *     published story where one exists. Chosen from the 500 most recent decisions that were
         *     decided (not waiting, not withdrawn, not erased).
         */
        get: operations["listPrecedents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/processing-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The processing log (controllers, admins): who processed which client's data, when and
         *     why. Filters: `clientRef`, `actorId`, `from`, `to` (on the start time). With
         *     `Accept: application/x-ndjson` every matching record is streamed, one per line.
         */
        get: operations["listProcessingLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/accountability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The accountability export (rechtmatigheidsverantwoording) of a year: every decision that
         *     deviates from a regulation, was outside the mandate or was carried out as urgent, with
         *     its rationale, amount, mandate version and who co-signed, approved or reviewed it when.
         *     Controllers and admins.
         */
        get: operations["reportAccountability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/budget-use": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Budget use per month: committed and reserved amounts. */
        get: operations["reportBudgetUse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/professional-use": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per professional: decisions by verdict and the budget used. */
        get: operations["reportProfessionalUse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/reflections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reflections given in the period and whether the decisions worked out. */
        get: operations["reportReflections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/turnaround": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Turnaround of co-signs, approvals and reviews (median and 90th percentile in hours), and
         *     the decisions waiting longest. The CSV holds the turnaround rows.
         */
        get: operations["reportTurnaround"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/urgent-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Urgent decisions per month and the outcomes of their reviews. */
        get: operations["reportUrgentReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/verdict-mix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The verdict mix: decisions and amounts per month and verdict, urgent ones apart. */
        get: operations["reportVerdictMix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The casebook: published stories, and the drafts the caller may see (their own; a lead's
         *     team's), newest first. `q` finds Dutch word forms (aanvraag finds aanvragen).
         */
        get: operations["listStories"];
        put?: never;
        /**
         * Draft a story (professionals and team leads), from one's own decision or from scratch.
         *     A text that holds a BSN or the decision's client reference is refused, naming the field.
         */
        post: operations["createStory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One story: published ones for everyone in the organisation, a draft for its author and
         *     the leads of the author's team.
         */
        get: operations["getStory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a story (its author, or a lead of the author's team). `If-Match` with the
         *     story's `ETag` is required: stale `412`, missing `428`.
         */
        patch: operations["updateStory"];
        trace?: never;
    };
    "/stories/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft (a lead of the author's team, never the author): from then on everyone
         *     in the organisation reads it. Send `If-Match` with the `ETag` of the story as read, so
         *     that what is published is what the lead read: a story changed since is `412`.
         */
        post: operations["publishStory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organisation's teams. */
        get: operations["listTeams"];
        put?: never;
        /** Create a team (admin). */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One team. */
        get: operations["getTeam"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a team (admin). */
        patch: operations["updateTeam"];
        trace?: never;
    };
    "/teams/{id}/budget-pots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A team's budget pots with their use (the team, controllers, admins). */
        get: operations["listTeamBudgetPots"];
        put?: never;
        /**
         * Set the team's pot for a period (the team's leads, admins). Every member's decisions in
         *     that period draw on it.
         */
        post: operations["setTeamBudgetPot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List people (medewerkers): everyone for admins, controllers and team leads; the members
         *     of the own teams for professionals.
         */
        get: operations["listUsers"];
        put?: never;
        /** Add a person (admin). */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person. */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a person (admin): name, e-mail, roles, teams, password, active. */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/users/{id}/mandate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A professional's mandate in force today, with the remaining budgets (the professional,
         *     the leads of their teams, controllers and admins).
         */
        get: operations["getUserMandate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/mandate/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All versions of a professional's mandate, newest first: the history of its growth. */
        get: operations["listMandateVersions"];
        put?: never;
        /**
         * Add a mandate version (a lead of one of the professional's teams, or an admin; never
         *     for oneself). Send `If-Match` with the mandate's `ETag` when a version exists: a stale
         *     one is 412, a missing one 428.
         */
        post: operations["createMandateVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organisation's webhook subscriptions (admins). */
        get: operations["listWebhookSubscriptions"];
        put?: never;
        /** Subscribe a receiver to events (admins). The answer holds the signing secret, once. */
        post: operations["createWebhookSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One subscription (admins). */
        get: operations["getWebhookSubscription"];
        put?: never;
        post?: never;
        /** Remove a subscription with its delivery log (admins). */
        delete: operations["deleteWebhookSubscription"];
        options?: never;
        head?: never;
        /** Change a subscription (admins); switching it on again clears why it was switched off. */
        patch: operations["updateWebhookSubscription"];
        trace?: never;
    };
    "/webhook-subscriptions/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The subscription's deliveries: event, attempts, last status, next attempt, state. */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-subscriptions/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again: the same event with the same `webhook-id` (admins). */
        post: operations["redeliverWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-subscriptions/{id}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a `ping` event to this subscription (admins). */
        post: operations["pingWebhookSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zgw-connection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ZGW connection; `404` while none is set. */
        get: operations["getZgwConnection"];
        /** Sets the ZGW connection. */
        put: operations["putZgwConnection"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * AccessToken
         * @description An access token to send as `Authorization: Bearer <accessToken>`.
         */
        AccessToken: {
            accessToken: string;
            /**
             * Format: uint64
             * @description Seconds until the token expires.
             */
            expiresIn: number;
            /** @description Always `Bearer`. */
            tokenType: string;
        };
        /**
         * AccountabilityExport
         * @description The year's deviations and decisions outside the mandate.
         */
        AccountabilityExport: {
            rows: components["schemas"]["AccountabilityRow"][];
            /** Format: int32 */
            year: number;
        };
        /**
         * AccountabilityRow
         * @description One decision of the accountability export. The CSV columns are these fields in
         *     snake_case, in this order; they are stable (documented in the README).
         */
        AccountabilityRow: {
            /** Format: int64 */
            amountCents: number;
            /** @description `approved` or `rejected`. */
            approval?: string | null;
            /** Format: date-time */
            approvalAt?: string | null;
            approvalBy?: string | null;
            categoryCode: string;
            categoryName: string;
            clientRef: string;
            /** @description A raise of the amount beyond the mandate: `pending`, `approved` or `rejected`. */
            correction?: string | null;
            /** Format: date-time */
            correctionAt?: string | null;
            correctionBy?: string | null;
            /**
             * Format: int64
             * @description The amount that raise asked for, in euro cents.
             */
            correctionToCents?: number | null;
            /** @description The mandate check's verdict on the difference. */
            correctionVerdict?: string | null;
            /** Format: date-time */
            cosignedAt?: string | null;
            cosignedBy?: string | null;
            /**
             * Format: naive-date
             * @description The Amsterdam date it was decided on.
             */
            decidedOn: string;
            /** Format: uuid */
            decisionId: string;
            /** @description The regulation deviated from, if any. */
            deviatesFrom?: string | null;
            /**
             * Format: uuid
             * @description The mandate version the decision was judged by.
             */
            mandateVersionId?: string | null;
            professionalName: string;
            rationale: string;
            /** @description `backed` or `not_backed`. */
            review?: string | null;
            /** Format: date-time */
            reviewAt?: string | null;
            reviewBy?: string | null;
            status: string;
            teamName: string;
            urgent: boolean;
            verdict: string;
        };
        /**
         * ApiClient
         * @description A machine client (koppeling): another system that calls the API with OAuth 2.0 client
         *     credentials at `POST /auth/token`.
         */
        ApiClient: {
            /** @description An inactive client gets no tokens, and the tokens it has stop working at once. */
            active: boolean;
            /** @description The OAuth `client_id` (the same as `id`). */
            clientId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /**
             * @description The client's public keys (JSON Web Key Set) for `private_key_jwt`; absent when it
             *     authenticates with its secret only.
             */
            jwks?: unknown;
            name: string;
            /** @description The scopes the client may ask for. */
            scopes: components["schemas"]["ScopeName"][];
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * ApiClientPage
         * @description A page of a list; pass `nextCursor` as `cursor` to get the next one.
         */
        ApiClientPage: {
            items: components["schemas"]["ApiClient"][];
            /** @description `null` on the last page. */
            nextCursor?: string | null;
        };
        /**
         * ApiClientWithSecret
         * @description A machine client with its secret, shown this once: store it now.
         */
        ApiClientWithSecret: {
            /** @description An inactive client gets no tokens, and the tokens it has stop working at once. */
            active: boolean;
            /** @description The OAuth `client_id` (the same as `id`). */
            clientId: string;
            /** @description The secret for `client_secret_basic`. Only its hash is kept: it cannot be shown again. */
            clientSecret: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /**
             * @description The client's public keys (JSON Web Key Set) for `private_key_jwt`; absent when it
             *     authenticates with its secret only.
             */
            jwks?: unknown;
            name: string;
            /** @description The scopes the client may ask for. */
            scopes: components["schemas"]["ScopeName"][];
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * AppliedTemplate
         * @description The versions created, one per professional.
         */
        AppliedTemplate: {
            versions: components["schemas"]["MandateVersion"][];
        };
        /**
         * ApplyMandateTemplateRequest
         * @description Apply a template: each professional gets a new version with its terms, all or none.
         */
        ApplyMandateTemplateRequest: {
            professionals: components["schemas"]["TemplateTarget"][];
            reason: string;
            /** Format: naive-date */
            validFrom: string;
        };
        /**
         * Approvals
         * @description What waits for the caller (the Goedkeuren inbox).
         */
        Approvals: {
            /** @description Decisions of the caller's teams waiting for approval. */
            approvals: components["schemas"]["DecisionSummary"][];
            /** @description Raises of decisions' amounts beyond the mandate, waiting for a lead of the team. */
            corrections: components["schemas"]["WaitingCorrection"][];
            /** @description Colleagues' decisions the caller may co-sign. */
            cosigns: components["schemas"]["DecisionSummary"][];
            /**
             * Format: uint64
             * @description All of them together, for a badge.
             */
            count: number;
            /**
             * @description The caller's own decisions due for a reflection, most recently decided first (at most
             *     50): carried out (recorded, approved, urgent or reviewed) six weeks ago or longer, until
             *     a reflection is given.
             */
            reflectionDue: components["schemas"]["ReflectionDue"][];
            /** @description Urgent decisions of the caller's teams waiting for a review. */
            reviews: components["schemas"]["DecisionSummary"][];
        };
        /**
         * AuditEvent
         * @description One recorded change: who, when, what, and the before and after.
         */
        AuditEvent: {
            /** @description What happened, e.g. `mandate_version.created`. */
            action: string;
            /**
             * Format: uuid
             * @description `null` for changes made by the system (e.g. `bootstrap`).
             */
            actorId?: string | null;
            /** @description What changed, usually with `before` and `after`. */
            details: unknown;
            /** Format: uuid */
            entityId?: string | null;
            entityType: string;
            /** @description SHA-256 over the previous hash and this event's canonical content. */
            hash: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            prevHash: string;
            /**
             * Format: int64
             * @description Position in the organisation's chain, from 1.
             */
            seq: number;
        };
        /**
         * AuditEventPage
         * @description A page of a list; pass `nextCursor` as `cursor` to get the next one.
         */
        AuditEventPage: {
            items: components["schemas"]["AuditEvent"][];
            /** @description `null` on the last page. */
            nextCursor?: string | null;
        };
        /**
         * AuditVerification
         * @description The result of recomputing the chain.
         */
        AuditVerification: {
            /**
             * Format: uint64
             * @description How many events were checked.
             */
            checked: number;
            /**
             * Format: int64
             * @description The sequence number of the first event that fails, if any.
             */
            firstInvalid?: number | null;
            valid: boolean;
        };
        /**
         * BudgetUse
         * @description A limit and how much of it is used in the period.
         */
        BudgetUse: {
            /**
             * Format: int64
             * @description Spent by final decisions.
             */
            committedCents: number;
            /**
             * Format: int64
             * @description `null` when there is no limit.
             */
            limitCents?: number | null;
            /**
             * Format: int64
             * @description What is left; `null` when there is no limit; negative when overspent.
             */
            remainingCents?: number | null;
            /**
             * Format: int64
             * @description Held by decisions waiting for a co-sign or approval.
             */
            reservedCents: number;
            /**
             * Format: int64
             * @description Reserved plus committed.
             */
            usedCents: number;
        };
        /**
         * BudgetUseReport
         * @description Budget used per month (by the decisions' Amsterdam date).
         */
        BudgetUseReport: {
            period: components["schemas"]["Period"];
            rows: components["schemas"]["BudgetUseRow"][];
        };
        /** BudgetUseRow */
        BudgetUseRow: {
            /**
             * Format: int64
             * @description Spent on final decisions.
             */
            committedCents: number;
            /**
             * Format: int64
             * @description Decisions holding budget (rejected and withdrawn ones do not).
             */
            decisions: number;
            month: string;
            /**
             * Format: int64
             * @description Held for decisions waiting for a co-sign or approval.
             */
            reservedCents: number;
        };
        /**
         * Category
         * @description A kind of custom decision (soort maatwerk), e.g. financial support or a rule deviation.
         */
        Category: {
            /** @description Inactive categories are kept for history but offered for no new decisions. */
            active: boolean;
            /** @description A stable code for integrations: lower-case letters, digits, `-` and `_`. */
            code: string;
            /** Format: date-time */
            createdAt: string;
            description?: string | null;
            /** Format: uuid */
            id: string;
            /** @description The law or regulation the category relates to (wettelijke grondslag). */
            legalBasis?: string | null;
            name: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * CategoryMandate
         * @description A category of the mandate in force, with what is used and left of its budget this period.
         */
        CategoryMandate: {
            /** Format: int64 */
            approvalUpToCents: number;
            /** Format: int64 */
            autonomousUpToCents: number;
            budget: components["schemas"]["BudgetUse"];
            /** Format: uuid */
            categoryId: string;
            /** Format: int64 */
            periodLimitCents?: number | null;
            right: components["schemas"]["Right"];
        };
        /**
         * CategoryPage
         * @description A page of a list; pass `nextCursor` as `cursor` to get the next one.
         */
        CategoryPage: {
            items: components["schemas"]["Category"][];
            /** @description `null` on the last page. */
            nextCursor?: string | null;
        };
        /**
         * ClientRecord
         * @description Everything the organisation holds about one client (inzageverzoek).
         */
        ClientRecord: {
            clientRef: string;
            /** @description The client's decisions with their texts, events and corrections, oldest first. */
            decisions: components["schemas"]["Decision"][];
            /** @description Who processed the client's data, when and why (the processing log), oldest first. */
            processingLog: components["schemas"]["ProcessingRecord"][];
        };
        /**
         * Correction
         * @description A correction of a final decision's amount (the actual cost), with the mandate check of what
         *     a raise adds.
         */
        Correction: {
            /** Format: date-time */
            decidedAt?: string | null;
            /** Format: uuid */
            decidedBy?: string | null;
            decisionComment?: string | null;
            /** Format: uuid */
            decisionId: string;
            explanation: components["schemas"]["Explanation"][];
            /**
             * Format: int64
             * @description What the decision held before, in euro cents.
             */
            fromCents: number;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            mandateVersionId?: string | null;
            reason: string;
            /** Format: date-time */
            requestedAt: string;
            /** Format: uuid */
            requestedBy: string;
            state: components["schemas"]["CorrectionState"];
            /**
             * Format: int64
             * @description What it holds once the correction is booked.
             */
            toCents: number;
            /** @description The verdict of the difference, for a raise; `null` for a lowering. */
            verdict?: (components["schemas"]["Verdict"] & unknown) | null;
        };
        /**
         * CorrectionRequest
         * @description The actual amount of a final decision, and why it differs from what was decided.
         */
        CorrectionRequest: {
            /**
             * Format: int64
             * @description The amount the decision really cost, in euro cents.
             */
            amountCents: number;
            reason: string;
        };
        /**
         * @description Where a correction of a decision's amount stands.
         * @enum {string}
         */
        CorrectionState: "applied" | "pending" | "approved" | "rejected";
        /**
         * CreateApiClientRequest
         * @description A new machine client.
         */
        CreateApiClientRequest: {
            /** @description Default `true`. */
            active?: boolean | null;
            /** @description Public keys for `private_key_jwt` (RSA or EC, each with a `kid`). */
            jwks?: unknown;
            /** @description 1 to 200 characters, e.g. the name of the system. */
            name: string;
            scopes: components["schemas"]["ScopeName"][];
        };
        /**
         * CreateCategoryRequest
         * @description A new category.
         */
        CreateCategoryRequest: {
            active?: boolean | null;
            /** @description 1 to 64 of `a-z`, `0-9`, `-`, `_`; unique in the organisation. */
            code: string;
            description?: string | null;
            legalBasis?: string | null;
            /** @description 1 to 200 characters. */
            name: string;
        };
        /**
         * CreateDecisionRequest
         * @description A decision to log. `id` may be made on the phone when the decision was taken, so an offline
         *     decision has its identity before it reaches the server.
         */
        CreateDecisionRequest: {
            /**
             * Format: int64
             * @description 0 for decisions without money (such as waiving a rule).
             */
            amountCents: number;
            /** @description A link to the municipal case (zaak). */
            caseUrl?: string | null;
            /** Format: uuid */
            categoryId: string;
            /** @description The pseudonymous client reference (never a BSN). */
            clientRef: string;
            /** @description The provisional verdict the phone showed offline (`within_mandate`, ...). */
            clientVerdict?: string | null;
            /**
             * Format: date-time
             * @description When it was decided in the field; may lie in the past, not in the future.
             */
            decidedAt: string;
            /** @description The rule or regulation deviated from, if any. */
            deviatesFrom?: string | null;
            /** Format: uuid */
            id?: string | null;
            /** @description Why (up to 4,000 characters). */
            rationale: string;
            /** @description The situation at the kitchen table (up to 4,000 characters). */
            situation: string;
            /** @description What was decided (up to 4,000 characters). */
            solution: string;
            /**
             * Format: uuid
             * @description The team it is for; default the professional's team with a budget pot, else their first.
             */
            teamId?: string | null;
            /** @description 1 to 200 characters. */
            title: string;
            /**
             * @description Carried out already because it could not wait.
             * @default false
             */
            urgent: boolean | null;
        };
        /**
         * CreateMandateTemplateRequest
         * @description A new template.
         */
        CreateMandateTemplateRequest: {
            description?: string | null;
            name: string;
            /** Format: int64 */
            perClientYearLimitCents?: number | null;
            /** @description `month`, `quarter` or `year`. */
            period: string;
            /** Format: int64 */
            periodLimitCents?: number | null;
            /** @default [] */
            rules: components["schemas"]["MandateRuleInput"][] | null;
        };
        /**
         * CreateMandateVersionRequest
         * @description A new mandate version.
         */
        CreateMandateVersionRequest: {
            /** Format: int64 */
            perClientYearLimitCents?: number | null;
            /** @description `month`, `quarter` or `year`: the calendar period of the limits. */
            period: string;
            /** Format: int64 */
            periodLimitCents?: number | null;
            /** @description Why the mandate changes (required). */
            reason: string;
            /** @default [] */
            rules: components["schemas"]["MandateRuleInput"][] | null;
            /**
             * Format: naive-date
             * @description From this day on the version is in force; not before the current version's start.
             */
            validFrom: string;
        };
        /**
         * CreateStoryRequest
         * @description A new story, a draft. Told from one's own decision (`decisionId`), `title`, `body` and
         *     `categoryId` start from the decision when absent (never its client reference).
         */
        CreateStoryRequest: {
            /** @description Up to 8,000 characters; required unless told from a decision. */
            body?: string | null;
            /** Format: uuid */
            categoryId?: string | null;
            /** Format: uuid */
            decisionId?: string | null;
            /** @description Up to 4,000 characters. */
            learning?: string | null;
            /**
             * @description At most 10, each 1 to 40 characters.
             * @default []
             */
            tags: string[] | null;
            /** @description 1 to 200 characters; required unless told from a decision. */
            title?: string | null;
        };
        /**
         * CreateTeamRequest
         * @description A new team.
         */
        CreateTeamRequest: {
            description?: string | null;
            /**
             * @description People with the `team_lead` role.
             * @default []
             */
            leadIds: string[] | null;
            /** @default [] */
            memberIds: string[] | null;
            /** @description 1 to 200 characters, unique in the organisation. */
            name: string;
        };
        /**
         * CreateUserRequest
         * @description A new person. `password` creates a built-in account; leave it out when the organisation
         *     signs in through its own identity provider.
         */
        CreateUserRequest: {
            /** @description Defaults to `true`. */
            active?: boolean | null;
            email: string;
            externalSubject?: string | null;
            /** @description 1 to 200 characters. */
            name: string;
            /** @description At least 10 characters. */
            password?: string | null;
            /** @description At least one of `professional`, `team_lead`, `controller`, `admin`. */
            roles: string[];
            /** @default [] */
            teamIds: string[] | null;
        };
        /**
         * CreateWebhookSubscriptionRequest
         * @description A new subscription.
         */
        CreateWebhookSubscriptionRequest: {
            /** @description Default `true`. */
            active?: boolean | null;
            description?: string | null;
            /**
             * @description `decision.created`, `decision.cosigned`, `decision.approved`, `decision.rejected`,
             *     `decision.withdrawn`, `decision.reviewed`, `decision.corrected`,
             *     `mandate.version_created`, `budget.threshold_reached`.
             */
            eventTypes: string[];
            /** @description `http` or `https`; its host must resolve to public addresses only. */
            url: string;
        };
        /**
         * CreatedWebhookSubscription
         * @description A new subscription with its signing secret, which is shown only this once.
         */
        CreatedWebhookSubscription: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            description?: string | null;
            disabledReason?: string | null;
            eventTypes: string[];
            /** Format: uuid */
            id: string;
            /**
             * @description `whsec_` followed by the base64 of 32 random bytes: verify each delivery's
             *     `webhook-signature` with it. Never shown again.
             */
            secret: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        /**
         * Decision
         * @description A custom decision (maatwerkbeslissing) with its verdict, explanation and events.
         */
        Decision: {
            /** Format: int64 */
            amountCents: number;
            caseUrl?: string | null;
            /** Format: uuid */
            categoryId: string;
            clientRef: string;
            clientVerdict?: components["schemas"]["Verdict"] | null;
            /**
             * @description Corrections of its amount, oldest first; one that raises it beyond the mandate waits for
             *     a lead (`state` `pending`).
             */
            corrections: components["schemas"]["Correction"][];
            /** Format: date-time */
            decidedAt: string;
            /**
             * Format: naive-date
             * @description The day of the decision in Europe/Amsterdam: it decides the mandate version and periods.
             */
            decidedOn: string;
            deviatesFrom?: string | null;
            /**
             * Format: date-time
             * @description When its client reference and free texts were erased (on request or by retention);
             *     `null` while they are kept.
             */
            erasedAt?: string | null;
            events: components["schemas"]["DecisionEvent"][];
            explanation: components["schemas"]["Explanation"][];
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The mandate version it was judged by; `null` when none was in force.
             */
            mandateVersionId?: string | null;
            /** Format: uuid */
            professionalId: string;
            rationale: string;
            /**
             * Format: date-time
             * @description When the server recorded it.
             */
            recordedAt: string;
            situation: string;
            solution: string;
            status: components["schemas"]["DecisionStatus"];
            /** Format: uuid */
            teamId?: string | null;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            urgent: boolean;
            verdict: components["schemas"]["Verdict"];
            /**
             * @description Its push to the organisation's ZGW Besluiten API (`state` `not_applicable` when it is not
             *     final or its category has no besluittype).
             */
            zgw: components["schemas"]["ZgwPush"] & unknown;
        };
        /**
         * DecisionEvent
         * @description Something that happened to a decision: what, who (by id and by name), when, and what the
         *     step came to and said.
         */
        DecisionEvent: {
            /** Format: uuid */
            actorId: string;
            /** @description The display name of who took the step (co-signed by, approved by, reviewed by, ...). */
            actorName: string;
            /** Format: date-time */
            at: string;
            /** @description The comment given with the step (co-sign, approval, rejection, withdrawal, review). */
            comment?: string | null;
            /**
             * @description What the event carries, as stored: the status change, a review's `outcome` and
             *     `learning`, a reflection's `outcome` and `worked` (the fields above say the same, typed).
             */
            data: unknown;
            /**
             * Format: int64
             * @description The amount before a correction, in euro cents.
             */
            fromCents?: number | null;
            /** @description The status before the step, for steps that move it. */
            fromStatus?: (components["schemas"]["DecisionStatus"] & unknown) | null;
            /** Format: uuid */
            id: string;
            /**
             * @description `created`, `cosigned`, `approved`, `rejected`, `withdrawn`, `reviewed`, `reflected`,
             *     `corrected`, `correction_requested` or `correction_rejected`.
             */
            kind: string;
            /** @description The lead's learning with a review: what do we do differently, or again, next time. */
            learning?: string | null;
            /** @description A review's judgement or a reflection's result. */
            outcome?: (components["schemas"]["EventOutcome"] & unknown) | null;
            /** @description Why an amount was corrected (`corrected`, `correction_requested`). */
            reason?: string | null;
            /** @description The author's account with a reflection: what happened, what it prevented. */
            reflection?: string | null;
            /**
             * Format: int64
             * @description The amount a correction sets or asks for, in euro cents.
             */
            toCents?: number | null;
            /** @description The status after the step (for `created`, the first status). */
            toStatus?: (components["schemas"]["DecisionStatus"] & unknown) | null;
        };
        /**
         * DecisionPage
         * @description A page of a list; pass `nextCursor` as `cursor` to get the next one.
         */
        DecisionPage: {
            items: components["schemas"]["DecisionSummary"][];
            /** @description `null` on the last page. */
            nextCursor?: string | null;
        };
        /**
         * @description Where a decision is in its workflow.
         * @enum {string}
         */
        DecisionStatus: "recorded" | "awaiting_cosign" | "awaiting_approval" | "recorded_urgent" | "approved" | "rejected" | "withdrawn" | "reviewed";
        /**
         * DecisionSummary
         * @description A decision in a list: without its free text and client reference (open it to read those;
         *     that read is logged).
         */
        DecisionSummary: {
            /** Format: int64 */
            amountCents: number;
            /** Format: uuid */
            categoryId: string;
            /** Format: date-time */
            decidedAt: string;
            /** Format: naive-date */
            decidedOn: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            mandateVersionId?: string | null;
            /** Format: uuid */
            professionalId: string;
            /** Format: date-time */
            recordedAt: string;
            status: components["schemas"]["DecisionStatus"];
            /** Format: uuid */
            teamId?: string | null;
            title: string;
            urgent: boolean;
            verdict: components["schemas"]["Verdict"];
        };
        /**
         * Erasure
         * @description What an erasure changed.
         */
        Erasure: {
            /** @description The decisions whose client reference and free texts were replaced. */
            decisionIds: string[];
        };
        /**
         * @description What a step came to, where it judges: a review's `backed` or `not_backed`, a reflection's
         *     `worked`, `did_not_work` or `unknown` (the author did not say).
         * @enum {string}
         */
        EventOutcome: "backed" | "not_backed" | "worked" | "did_not_work" | "unknown";
        /**
         * Explanation
         * @description One rule or limit that was looked at, with its figures and a sentence that explains it.
         */
        Explanation: {
            /** Format: int64 */
            amountCents: number;
            /** @description Whether this line decided the verdict. */
            decisive: boolean;
            /** Format: int64 */
            limitCents?: number | null;
            outcome: components["schemas"]["LineOutcomeName"];
            /**
             * Format: int64
             * @description Left after this amount; negative when exceeded.
             */
            remainingCents?: number | null;
            rule: components["schemas"]["RuleName"];
            text: string;
            /**
             * Format: int64
             * @description Used before this decision (budget limits only).
             */
            usedCents?: number | null;
        };
        /**
         * FieldError
         * @description A problem with one field of the request.
         */
        FieldError: {
            /** @description The JSON path of the field, e.g. `name` or `rules[2].approvalUpToCents`. */
            field: string;
            message: string;
        };
        /**
         * IdentityProvider
         * @description The organisation's OpenID Connect provider. Tokens it signs (RS256 or ES256) with a key of
         *     `jwks`, issued by `issuer` for `audience`, sign people in.
         */
        IdentityProvider: {
            audience: string;
            issuer: string;
            /** @description The provider's JSON Web Key Set (public keys). Put a new set to rotate keys. */
            jwks: unknown;
            /** Format: date-time */
            updatedAt: string;
            userClaim: components["schemas"]["UserClaim"];
        };
        /**
         * ImportedRow
         * @description One row of the file.
         */
        ImportedRow: {
            email: string;
            outcome: components["schemas"]["RowOutcome"];
            /**
             * Format: uint32
             * @description The row's index after the header, from 0 (as in `rows[N]` of an error).
             */
            row: number;
            /**
             * Format: uuid
             * @description The person's id (in a dry run, for a new person, the id they would have got).
             */
            userId: string;
        };
        /**
         * Lesson
         * @description One lesson of the caller's teams.
         */
        Lesson: {
            /**
             * Format: date-time
             * @description When the learning was written, or the story published.
             */
            at: string;
            /** Format: uuid */
            categoryId?: string | null;
            /**
             * Format: uuid
             * @description The decision reviewed, or the decision the story tells.
             */
            decisionId?: string | null;
            /**
             * Format: uuid
             * @description The review event's id, or the story's.
             */
            id: string;
            kind: components["schemas"]["LessonKind"];
            /**
             * Format: uuid
             * @description The lead who wrote the learning (`learning` only).
             */
            leadId?: string | null;
            leadName?: string | null;
            /** @description What is learned: the lead's learning, or the story's. */
            learning?: string | null;
            /** @description A review's judgement (`learning` only). */
            outcome?: (components["schemas"]["ReviewOutcome"] & unknown) | null;
            /**
             * Format: uuid
             * @description The story (`story` only).
             */
            storyId?: string | null;
            /** Format: uuid */
            teamId?: string | null;
            /** @description The decision's title, or the story's. */
            title: string;
        };
        /**
         * @description Where a lesson comes from.
         * @enum {string}
         */
        LessonKind: "learning" | "story";
        /**
         * LessonPage
         * @description A page of a list; pass `nextCursor` as `cursor` to get the next one.
         */
        LessonPage: {
            items: components["schemas"]["Lesson"][];
            /** @description `null` on the last page. */
            nextCursor?: string | null;
        };
        /**
         * @description What one line found.
         * @enum {string}
         */
        LineOutcomeName: "ok" | "exceeded" | "not_allowed" | "escalates";
        /**
         * LoginRequest
         * @description E-mail address and password of a built-in account.
         */
        LoginRequest: {
            email: string;
            password: string;
        };
        /**
         * Mandate
         * @description A professional's mandate today: the version in force and the remaining budgets of the
         *     current period (mandaat en resterend budget).
         */
        Mandate: {
            categories: components["schemas"]["CategoryMandate"][];
            /**
             * Format: naive-date
             * @description The day (Europe/Amsterdam) the figures are for.
             */
            on: string;
            /** @description The current period of the version's limits. */
            period?: (components["schemas"]["PeriodInfo"] & unknown) | null;
            teamPot?: components["schemas"]["TeamPotUse"] | null;
            /** @description The total budget over all categories. */
            totalBudget?: (components["schemas"]["BudgetUse"] & unknown) | null;
            /** Format: uuid */
            userId: string;
            /** @description `null` when no version is in force: then nothing is within the mandate. */
            version?: (components["schemas"]["MandateVersion"] & unknown) | null;
        };
        /**
         * MandateCheck
         * @description The verdict of the mandate check with one explanation line per rule applied.
         */
        MandateCheck: {
            /** Format: naive-date */
            decidedOn: string;
            explanation: components["schemas"]["Explanation"][];
            /**
             * Format: uuid
             * @description The version judged by; `null` when no mandate is in force.
             */
            mandateVersionId?: string | null;
            /** @description The mandate period the period limits are for. */
            period: components["schemas"]["PeriodInfo"] & unknown;
            /** Format: uuid */
            professionalId: string;
            remaining: components["schemas"]["RemainingCents"];
            /** Format: uuid */
            teamId?: string | null;
            verdict: components["schemas"]["Verdict"];
        };
        /**
         * MandateCheckRequest
         * @description A proposed decision.
         */
        MandateCheckRequest: {
            /**
             * Format: int64
             * @description 0 for decisions without money (such as waiving a rule).
             */
            amountCents: number;
            /** Format: uuid */
            categoryId: string;
            /** @description The pseudonymous client reference (never a BSN). */
            clientRef: string;
            /**
             * Format: naive-date
             * @description The day of the decision (Europe/Amsterdam); default today.
             */
            decidedOn?: string | null;
            /**
             * Format: uuid
             * @description Check for this professional (a lead for a team member); default the caller.
             */
            professionalId?: string | null;
            /**
             * Format: uuid
             * @description The team whose pot the decision draws on; default the professional's team with a pot.
             */
            teamId?: string | null;
        };
        /**
         * MandateRule
         * @description A rule of a mandate for one category.
         */
        MandateRule: {
            /** Format: int64 */
            approvalUpToCents: number;
            /** Format: int64 */
            autonomousUpToCents: number;
            /** Format: uuid */
            categoryId: string;
            /** Format: int64 */
            periodLimitCents?: number | null;
            right: components["schemas"]["Right"];
        };
        /**
         * MandateRuleInput
         * @description A rule of a mandate for one category, as sent.
         */
        MandateRuleInput: {
            /**
             * Format: int64
             * @description Up to this amount (inclusive) a team lead may approve; above it is outside the mandate.
             */
            approvalUpToCents: number;
            /**
             * Format: int64
             * @description Up to this amount (inclusive) the right applies as is.
             */
            autonomousUpToCents: number;
            /** Format: uuid */
            categoryId: string;
            /**
             * Format: int64
             * @description This category's budget per mandate period.
             */
            periodLimitCents?: number | null;
            /** @description `autonomous`, `four_eyes`, `approval` or `forbidden`. */
            right: string;
        };
        /**
         * MandateTemplate
         * @description A mandate template (mandaatsjabloon).
         */
        MandateTemplate: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string;
            description?: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: int64 */
            perClientYearLimitCents?: number | null;
            period: components["schemas"]["PeriodName"];
            /** Format: int64 */
            periodLimitCents?: number | null;
            rules: components["schemas"]["MandateRule"][];
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * MandateTemplatePage
         * @description A page of a list; pass `nextCursor` as `cursor` to get the next one.
         */
        MandateTemplatePage: {
            items: components["schemas"]["MandateTemplate"][];
            /** @description `null` on the last page. */
            nextCursor?: string | null;
        };
        /**
         * MandateVersion
         * @description One version of a professional's mandate (mandaatversie). Versions are never changed: a new
         *     one supersedes from its `validFrom`.
         */
        MandateVersion: {
            /**
             * Format: uuid
             * @description Who set this version.
             */
            authorId: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: int64
             * @description The cap per client per calendar year (all decisions for that client in the organisation).
             */
            perClientYearLimitCents?: number | null;
            /** @description The period of the period limits. */
            period: components["schemas"]["PeriodName"] & unknown;
            /**
             * Format: int64
             * @description The total budget per period, over all categories.
             */
            periodLimitCents?: number | null;
            /** @description Why the mandate changed (e.g. "second step: housing alone up to €750"). */
            reason: string;
            rules: components["schemas"]["MandateRule"][];
            /**
             * Format: uuid
             * @description The template it was applied from, if any.
             */
            templateId?: string | null;
            /**
             * Format: uuid
             * @description The professional whose mandate this is.
             */
            userId: string;
            /** Format: naive-date */
            validFrom: string;
            /**
             * Format: naive-date
             * @description The first day it is no longer in force, once a later version supersedes it.
             */
            validUntil?: string | null;
        };
        /**
         * MandateVersionPage
         * @description A page of a list; pass `nextCursor` as `cursor` to get the next one.
         */
        MandateVersionPage: {
            items: components["schemas"]["MandateVersion"][];
            /** @description `null` on the last page. */
            nextCursor?: string | null;
        };
        /**
         * Me
         * @description The signed-in person.
         */
        Me: {
            email: string;
            /** Format: uuid */
            id: string;
            /** @description Teams the caller leads. */
            leadTeamIds: string[];
            name: string;
            organisation: components["schemas"]["OrganisationRef"];
            roles: components["schemas"]["RoleName"][];
            /** @description Teams the caller belongs to. */
            teamIds: string[];
        };
        /**
         * OAuthError
         * @description An OAuth error (RFC 6749 §5.2) that is also an RFC 9457 problem.
         */
        OAuthError: {
            detail: string;
            /** @description `invalid_request`, `invalid_client`, `invalid_scope` or `unsupported_grant_type`. */
            error: string;
            error_description: string;
            /** Format: uint16 */
            status: number;
            title: string;
            type: string;
        };
        /**
         * Organisation
         * @description The organisation and the settings its admins set.
         */
        Organisation: {
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * Format: int32
             * @description Years after which a decision's personal fields are erased automatically (1 to 50).
             */
            retentionYears: number;
        };
        /**
         * OrganisationChanges
         * @description Changes to the organisation's settings.
         */
        OrganisationChanges: {
            /** Format: int64 */
            retentionYears: number;
        };
        /**
         * OrganisationRef
         * @description The caller's organisation.
         */
        OrganisationRef: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        /**
         * @description How a decision worked out, by its author's latest reflection: `unknown` when the author
         *     reflected without saying.
         * @enum {string}
         */
        Outcome: "worked" | "did_not_work" | "unknown";
        /**
         * PeopleImport
         * @description The result of an import of people.
         */
        PeopleImport: {
            /** @description `true` when nothing was changed. */
            dryRun: boolean;
            rows: components["schemas"]["ImportedRow"][];
            /** @description Names of the teams made for the file. */
            teamsCreated: string[];
        };
        /**
         * Period
         * @description The months a report covers.
         */
        Period: {
            /** @description First month, `YYYY-MM`. */
            from: string;
            /** @description Last month, `YYYY-MM`, included. */
            to: string;
        };
        /**
         * PeriodInfo
         * @description A calendar period: its kind, a label such as `2026-Q2`, and its first and last day.
         */
        PeriodInfo: {
            /**
             * Format: naive-date
             * @description The last day of the period (inclusive).
             */
            endsOn: string;
            kind: components["schemas"]["PeriodName"];
            label: string;
            /** Format: naive-date */
            startsOn: string;
        };
        /**
         * @description A calendar period in Europe/Amsterdam.
         * @enum {string}
         */
        PeriodName: "month" | "quarter" | "year";
        /**
         * Precedent
         * @description An earlier comparable decision (precedent), anonymised: never a client reference or a
         *     name; `decisionId` and `title` only where the caller may read that decision.
         */
        Precedent: {
            /** Format: int64 */
            amountCents: number;
            /** Format: uuid */
            categoryId: string;
            /** Format: naive-date */
            decidedOn: string;
            /** Format: uuid */
            decisionId?: string | null;
            /** @description The lead's learning from that review. */
            learning?: string | null;
            /** @description From the author's latest reflection; `null` while nobody reflected. */
            outcome?: (components["schemas"]["Outcome"] & unknown) | null;
            /** @description A lead's review of it, when it was urgent and reviewed. */
            reviewOutcome?: (components["schemas"]["ReviewOutcome"] & unknown) | null;
            status: components["schemas"]["DecisionStatus"];
            /**
             * Format: uuid
             * @description A published story that tells it.
             */
            storyId?: string | null;
            title?: string | null;
            verdict: components["schemas"]["Verdict"];
        };
        /**
         * PrecedentList
         * @description The closest earlier decisions, closest first.
         */
        PrecedentList: {
            items: components["schemas"]["Precedent"][];
        };
        /**
         * Problem
         * @description An RFC 9457 problem details object.
         */
        Problem: {
            /** @description What went wrong in this occurrence. */
            detail: string;
            /**
             * @description Every invalid field at once (only for invalid input; absent otherwise).
             * @default []
             */
            errors: components["schemas"]["FieldError"][] | null;
            /**
             * Format: uint16
             * @description The HTTP status code.
             */
            status: number;
            /** @description A short, human-readable summary of the kind of problem. */
            title: string;
            /** @description A URI naming the kind of problem. */
            type: string;
        };
        /**
         * ProcessingRecord
         * @description One processing of one client's data (a Logboek Dataverwerkingen record). Who processed it
         *     (`actorId`) links to the audit trail of the same organisation.
         */
        ProcessingRecord: {
            /**
             * Format: uuid
             * @description The user who processed it; `null` for the server's own work (retention).
             */
            actorId?: string | null;
            /** @description The data subject: the pseudonymous client reference. */
            dataSubjectId: string;
            /** @description What `dataSubjectId` is: `mandaat:clientRef`. */
            dataSubjectIdType: string;
            /** Format: date-time */
            endTime: string;
            /** Format: uuid */
            id: string;
            /** @description What was done, e.g. `decision.read`. */
            name: string;
            /** @description The caller's span, when the request carried a `traceparent`. */
            parentSpanId?: string | null;
            /** @description The processing activity's URI in the register of processing activities. */
            processingActivityId: string;
            /** @description This processing's span (16 hex digits). */
            spanId: string;
            /** Format: date-time */
            startTime: string;
            /** @description `UNSET`, `OK` or `ERROR`. */
            statusCode: string;
            /**
             * @description The W3C trace the processing belongs to (32 hex digits): a request's `traceparent` is
             *     honoured, so a municipal system's own trace continues here.
             */
            traceId: string;
        };
        /**
         * ProcessingRecordPage
         * @description A page of a list; pass `nextCursor` as `cursor` to get the next one.
         */
        ProcessingRecordPage: {
            items: components["schemas"]["ProcessingRecord"][];
            /** @description `null` on the last page. */
            nextCursor?: string | null;
        };
        /**
         * ProfessionalUseReport
         * @description Per professional, how they use their room: a conversation starter, not a ranking (sorted by
         *     name).
         */
        ProfessionalUseReport: {
            period: components["schemas"]["Period"];
            rows: components["schemas"]["ProfessionalUseRow"][];
        };
        /** ProfessionalUseRow */
        ProfessionalUseRow: {
            /** Format: int64 */
            decisions: number;
            name: string;
            /** Format: int64 */
            needsApproval: number;
            /** Format: int64 */
            needsFourEyes: number;
            /** Format: int64 */
            outsideMandate: number;
            /** Format: uuid */
            professionalId: string;
            /** Format: int64 */
            urgent: number;
            /** Format: int64 */
            usedCents: number;
            /** Format: int64 */
            withinMandate: number;
            /**
             * Format: int64
             * @description Percentage of the decisions within the mandate, rounded down.
             */
            withinPercent: number;
        };
        /**
         * PutIdentityProviderRequest
         * @description Settings of the organisation's OpenID Connect provider.
         */
        PutIdentityProviderRequest: {
            audience: string;
            issuer: string;
            jwks: unknown;
            /** @description `email` (matched to a person's e-mail address) or `sub` (matched to `externalSubject`). */
            userClaim: string;
        };
        /**
         * ReflectionDue
         * @description One of the caller's own decisions that waits for a reflection (evaluatie): carried out six
         *     weeks ago or longer, and no reflection given yet.
         */
        ReflectionDue: {
            decision: components["schemas"]["DecisionSummary"];
            /**
             * Format: naive-date
             * @description The day it became due: six weeks after the day decided (Europe/Amsterdam).
             */
            dueOn: string;
            /** @description Always `reflection_due`. */
            kind: components["schemas"]["ReflectionDueKind"] & unknown;
        };
        /**
         * @description The kind of an inbox item that asks the author for something.
         * @enum {string}
         */
        ReflectionDueKind: "reflection_due";
        /**
         * ReflectionRequest
         * @description The author's later account: did it work, what happened, what did it prevent.
         */
        ReflectionRequest: {
            outcome: string;
            worked?: boolean | null;
        };
        /**
         * ReflectionsReport
         * @description What professionals reported afterwards: did the decision work out?
         */
        ReflectionsReport: {
            /** Format: int64 */
            didNotWork: number;
            period: components["schemas"]["Period"];
            /** Format: int64 */
            reflections: number;
            /**
             * Format: int64
             * @description Reflections that said neither.
             */
            unsaid: number;
            /** Format: int64 */
            worked: number;
        };
        /**
         * RemainingCents
         * @description What is left of each limit before this decision (`null` where there is no limit).
         */
        RemainingCents: {
            /** Format: int64 */
            categoryPeriodCents?: number | null;
            /** Format: int64 */
            clientYearCents?: number | null;
            /** Format: int64 */
            teamPotCents?: number | null;
            /** Format: int64 */
            totalPeriodCents?: number | null;
        };
        /**
         * @description How a lead judged an urgent decision afterwards.
         * @enum {string}
         */
        ReviewOutcome: "backed" | "not_backed";
        /**
         * ReviewRequest
         * @description The review of an urgent decision: backed or not, always with what is learned.
         */
        ReviewRequest: {
            comment?: string | null;
            /** @description What do we do differently, or again, next time? (required) */
            learning: string;
            outcome: components["schemas"]["ReviewOutcome"];
        };
        /**
         * @description What a professional may do in a category (beslisbevoegdheid).
         * @enum {string}
         */
        Right: "autonomous" | "four_eyes" | "approval" | "forbidden";
        /**
         * @description A role a person holds; one person may hold several.
         * @enum {string}
         */
        RoleName: "professional" | "team_lead" | "controller" | "admin";
        /**
         * @description What the import does (or, in a dry run, would do) with a row.
         * @enum {string}
         */
        RowOutcome: "created" | "updated" | "unchanged";
        /**
         * @description Which rule or limit an explanation line is about.
         * @enum {string}
         */
        RuleName: "right" | "per_decision_limit" | "approval_limit" | "category_period_limit" | "total_period_limit" | "client_year_limit" | "team_pot";
        /**
         * @description What a machine client may do (see the `clientCredentials` security scheme).
         * @enum {string}
         */
        ScopeName: "decisions:read" | "mandates:read" | "mandates:write" | "people:write" | "reports:read" | "audit:read" | "webhooks:manage";
        /**
         * SetTeamBudgetPotRequest
         * @description The pot for one period.
         */
        SetTeamBudgetPotRequest: {
            /** Format: int64 */
            limitCents: number;
            /** @description `month`, `quarter` or `year`. */
            period: string;
            /**
             * Format: naive-date
             * @description The first day of that period.
             */
            startsOn: string;
        };
        /**
         * StepRequest
         * @description An optional comment on a step.
         */
        StepRequest: {
            comment?: string | null;
        };
        /**
         * Story
         * @description A story of the casebook (casus): a custom solution and what it teaches. Anonymous: never a
         *     client reference or a BSN.
         */
        Story: {
            /** Format: uuid */
            authorId: string;
            body: string;
            /** Format: uuid */
            categoryId?: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description The author's own decision it tells, if any.
             */
            decisionId?: string | null;
            /** Format: uuid */
            id: string;
            /** @description What colleagues can learn from it. */
            learning?: string | null;
            /** Format: date-time */
            publishedAt?: string | null;
            /** Format: uuid */
            publishedBy?: string | null;
            status: components["schemas"]["StoryStatus"];
            /** @description Lower case. */
            tags: string[];
            /**
             * Format: uuid
             * @description The author's team, whose leads publish it.
             */
            teamId?: string | null;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: int64
             * @description Raised by every change; the `ETag` is this number in quotes.
             */
            version: number;
        };
        /**
         * StoryPage
         * @description A page of a list; pass `nextCursor` as `cursor` to get the next one.
         */
        StoryPage: {
            items: components["schemas"]["Story"][];
            /** @description `null` on the last page. */
            nextCursor?: string | null;
        };
        /**
         * @description Where a story stands: a `draft` is read by its author and the leads of the author's team;
         *     `published` by everyone in the organisation.
         * @enum {string}
         */
        StoryStatus: "draft" | "published";
        /**
         * Team
         * @description A team (team, e.g. wijkteam).
         */
        Team: {
            /** Format: date-time */
            createdAt: string;
            description?: string | null;
            /** Format: uuid */
            id: string;
            /** @description The team's leads (leidinggevenden, teamcoaches). */
            leadIds: string[];
            /** @description Everyone in the team, leads included. */
            memberIds: string[];
            name: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * TeamBudgetPot
         * @description A team's budget pot for one calendar period, and how much of it is used.
         */
        TeamBudgetPot: {
            budget: components["schemas"]["BudgetUse"];
            /** Format: uuid */
            id: string;
            period: components["schemas"]["PeriodInfo"];
            /** Format: uuid */
            teamId: string;
        };
        /**
         * TeamBudgetPotList
         * @description A team's pots, newest period first.
         */
        TeamBudgetPotList: {
            items: components["schemas"]["TeamBudgetPot"][];
        };
        /**
         * TeamPage
         * @description A page of a list; pass `nextCursor` as `cursor` to get the next one.
         */
        TeamPage: {
            items: components["schemas"]["Team"][];
            /** @description `null` on the last page. */
            nextCursor?: string | null;
        };
        /**
         * TeamPotUse
         * @description The team pot the professional's decisions draw on this period.
         */
        TeamPotUse: {
            budget: components["schemas"]["BudgetUse"];
            period: components["schemas"]["PeriodInfo"];
            /** Format: uuid */
            teamId: string;
        };
        /**
         * TemplateTarget
         * @description A professional to apply the template to.
         */
        TemplateTarget: {
            /** @description The `ETag` of their current mandate, required when they have one. */
            ifMatch?: string | null;
            /** Format: uuid */
            userId: string;
        };
        /**
         * TokenRequest
         * @description A token request (RFC 6749 §4.4.2), sent as `application/x-www-form-urlencoded`.
         */
        TokenRequest: {
            /**
             * @description With `private_key_jwt`: a JWT signed with a key of the client's `jwks` (PS256, RS256 or
             *     ES256, `kid` in the header), with `iss` = `sub` = the client id, `aud` = this endpoint's
             *     URL, `exp` (at most an hour ahead) and a `jti` never used before.
             */
            client_assertion?: string | null;
            /** @description With `private_key_jwt`: `urn:ietf:params:oauth:client-assertion-type:jwt-bearer`. */
            client_assertion_type?: string | null;
            /** @description With `private_key_jwt`: the client id (optional, must match the assertion's `iss`). */
            client_id?: string | null;
            /** @description Not accepted: send the secret with HTTP Basic authentication (`client_secret_basic`). */
            client_secret?: string | null;
            /** @description Always `client_credentials`. */
            grant_type?: string | null;
            /** @description Scopes asked for, separated by spaces; all the client holds when absent. */
            scope?: string | null;
        };
        /**
         * TokenResponse
         * @description An access token for a machine client (RFC 6749 §5.1).
         */
        TokenResponse: {
            /** @description Send as `Authorization: Bearer <access_token>`. */
            access_token: string;
            /**
             * Format: uint64
             * @description Seconds until the token expires.
             */
            expires_in: number;
            /** @description The scopes granted, separated by spaces. */
            scope: string;
            /** @description Always `Bearer`. */
            token_type: string;
        };
        /**
         * TurnaroundReport
         * @description How fast co-signs, approvals and reviews come, and what has waited longest.
         */
        TurnaroundReport: {
            /** @description The ten decisions waiting longest for a co-sign or approval now (whatever the period). */
            longestWaiting: components["schemas"]["WaitingDecision"][];
            period: components["schemas"]["Period"];
            rows: components["schemas"]["TurnaroundRow"][];
        };
        /** TurnaroundRow */
        TurnaroundRow: {
            /**
             * Format: int64
             * @description Whole hours from logging to the step, nearest-rank median; absent without steps.
             */
            medianHours?: number | null;
            /** Format: int64 */
            p90Hours?: number | null;
            /** @description `cosign`, `approval` (approved or rejected) or `review` (of urgent decisions). */
            step: string;
            /** Format: int64 */
            steps: number;
        };
        /**
         * UpdateApiClientRequest
         * @description Changes to a machine client; absent fields stay as they are, `jwks: null` removes the keys.
         */
        UpdateApiClientRequest: {
            active?: boolean | null;
            jwks?: unknown;
            name?: string | null;
            scopes?: components["schemas"]["ScopeName"][] | null;
        };
        /**
         * UpdateCategoryRequest
         * @description Changes to a category; absent fields stay as they are, `null` clears.
         */
        UpdateCategoryRequest: {
            active?: boolean | null;
            code?: string | null;
            description?: string | null;
            legalBasis?: string | null;
            name?: string | null;
        };
        /**
         * UpdateMandateTemplateRequest
         * @description Changes to a template. The terms (`period`, limits, `rules`) are replaced together when
         *     `period` is sent. Versions already applied keep their terms.
         */
        UpdateMandateTemplateRequest: {
            description?: string | null;
            name?: string | null;
            /** Format: int64 */
            perClientYearLimitCents?: number | null;
            period?: string | null;
            /** Format: int64 */
            periodLimitCents?: number | null;
            /** @default [] */
            rules: components["schemas"]["MandateRuleInput"][] | null;
        };
        /**
         * UpdateStoryRequest
         * @description Changes to a story; absent fields stay as they are, `null` clears.
         */
        UpdateStoryRequest: {
            body?: string | null;
            /** Format: uuid */
            categoryId?: string | null;
            learning?: string | null;
            tags?: string[] | null;
            title?: string | null;
        };
        /**
         * UpdateTeamRequest
         * @description Changes to a team; absent fields stay as they are. `memberIds` and `leadIds` replace the
         *     whole list they name.
         */
        UpdateTeamRequest: {
            description?: string | null;
            leadIds?: string[] | null;
            memberIds?: string[] | null;
            name?: string | null;
        };
        /**
         * UpdateUserRequest
         * @description Changes to a person; absent fields stay as they are.
         */
        UpdateUserRequest: {
            active?: boolean | null;
            email?: string | null;
            /** @description `null` removes the mapping. */
            externalSubject?: string | null;
            name?: string | null;
            /** @description Sets a new password for the built-in account. */
            password?: string | null;
            /** @description Replaces the roles: at least one of `professional`, `team_lead`, `controller`, `admin`. */
            roles?: string[] | null;
            teamIds?: string[] | null;
        };
        /**
         * UpdateWebhookSubscriptionRequest
         * @description Changes to a subscription; absent fields stay as they are.
         */
        UpdateWebhookSubscriptionRequest: {
            active?: boolean | null;
            description?: string | null;
            eventTypes?: string[] | null;
            url?: string | null;
        };
        /**
         * UrgentReviewsReport
         * @description Urgent decisions and how their reviews went.
         */
        UrgentReviewsReport: {
            period: components["schemas"]["Period"];
            rows: components["schemas"]["UrgentReviewsRow"][];
        };
        /** UrgentReviewsRow */
        UrgentReviewsRow: {
            /**
             * Format: int64
             * @description Of those, still waiting for their review.
             */
            awaitingReview: number;
            /**
             * Format: int64
             * @description Reviews given this month: the team lead backed the decision.
             */
            backed: number;
            month: string;
            /** Format: int64 */
            notBacked: number;
            /**
             * Format: int64
             * @description Urgent decisions decided this month.
             */
            urgentDecisions: number;
        };
        /**
         * User
         * @description A person of the organisation (medewerker).
         */
        User: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** @description The identity provider's subject, when people are mapped by `sub`. */
            externalSubject?: string | null;
            /** @description Whether the person has a built-in password (else they sign in through the identity provider). */
            hasPassword: boolean;
            /** Format: uuid */
            id: string;
            name: string;
            roles: components["schemas"]["RoleName"][];
            teamIds: string[];
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @description Which token claim names the person.
         * @enum {string}
         */
        UserClaim: "email" | "sub";
        /**
         * UserPage
         * @description A page of a list; pass `nextCursor` as `cursor` to get the next one.
         */
        UserPage: {
            items: components["schemas"]["User"][];
            /** @description `null` on the last page. */
            nextCursor?: string | null;
        };
        /**
         * @description Converts the domain's verdict.
         * @enum {string}
         */
        Verdict: "within_mandate" | "needs_four_eyes" | "needs_approval" | "outside_mandate";
        /**
         * VerdictMixReport
         * @description How decisions were judged, month by month.
         */
        VerdictMixReport: {
            period: components["schemas"]["Period"];
            rows: components["schemas"]["VerdictMixRow"][];
        };
        /** VerdictMixRow */
        VerdictMixRow: {
            /** Format: int64 */
            amountCents: number;
            /** Format: int64 */
            decisions: number;
            month: string;
            /**
             * @description `within_mandate`, `needs_four_eyes`, `needs_approval`, `outside_mandate`, or `urgent`
             *     (carried out before approval because it could not wait).
             */
            verdict: string;
        };
        /**
         * WaitingCorrection
         * @description A raise of a decision's amount that waits for the caller, with the decision it raises.
         */
        WaitingCorrection: {
            correction: components["schemas"]["Correction"];
            decision: components["schemas"]["DecisionSummary"];
        };
        /** WaitingDecision */
        WaitingDecision: {
            /** Format: uuid */
            decisionId: string;
            /** Format: int64 */
            hoursWaiting: number;
            /** Format: uuid */
            professionalId: string;
            /** Format: date-time */
            recordedAt: string;
            status: string;
        };
        /**
         * WebhookDelivery
         * @description One event for one subscription.
         */
        WebhookDelivery: {
            /** Format: int32 */
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt?: string | null;
            /**
             * Format: uuid
             * @description The event, also the `webhook-id` header of every attempt.
             */
            eventId: string;
            eventType: string;
            /** Format: uuid */
            id: string;
            /** @description What went wrong at the last attempt, if no answer came. */
            lastError?: string | null;
            /**
             * Format: int32
             * @description The HTTP status of the last answer, if one came.
             */
            lastStatusCode?: number | null;
            /** Format: date-time */
            nextAttemptAt?: string | null;
            state: components["schemas"]["WebhookDeliveryState"];
        };
        /**
         * WebhookDeliveryPage
         * @description A page of a list; pass `nextCursor` as `cursor` to get the next one.
         */
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDelivery"][];
            /** @description `null` on the last page. */
            nextCursor?: string | null;
        };
        /**
         * @description Where a delivery stands.
         * @enum {string}
         */
        WebhookDeliveryState: "pending" | "delivered" | "failed";
        /**
         * WebhookSubscription
         * @description A receiver of the organisation's events. Every delivery is signed per Standard Webhooks
         *     (`webhook-id`, `webhook-timestamp`, `webhook-signature`) with the subscription's secret.
         */
        WebhookSubscription: {
            /** @description Only active subscriptions receive events. A receiver answering `410 Gone` switches it off. */
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            description?: string | null;
            /** @description Why the server switched it off, if it did. */
            disabledReason?: string | null;
            /** @description The event types it receives. */
            eventTypes: string[];
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Where events are posted (`http` or `https`). */
            url: string;
        };
        /**
         * WebhookSubscriptionPage
         * @description A page of a list; pass `nextCursor` as `cursor` to get the next one.
         */
        WebhookSubscriptionPage: {
            items: components["schemas"]["WebhookSubscription"][];
            /** @description `null` on the last page. */
            nextCursor?: string | null;
        };
        /**
         * ZgwBesluittype
         * @description Which besluittype a category's decisions become.
         */
        ZgwBesluittype: {
            /** @description The besluittype's URL in the catalogue (at most 200 characters). */
            besluittypeUrl: string;
            /** Format: uuid */
            categoryId: string;
        };
        /**
         * ZgwConnection
         * @description The organisation's ZGW Besluiten API. The secret is never read back.
         */
        ZgwConnection: {
            /** @description The API's root: besluiten are posted to `{besluitenApiUrl}/besluiten`. */
            besluitenApiUrl: string;
            besluittypen: components["schemas"]["ZgwBesluittype"][];
            bestuursorgaan: string;
            /** @description The `iss` and `client_id` of the JWT. */
            clientId: string;
            /** @description The `verantwoordelijkeOrganisatie` (9 digits, eleven-test). */
            rsin: string;
            /** @description Whether a secret is set (it is never shown). */
            secretSet: boolean;
            /** Format: date-time */
            updatedAt: string;
        };
        /** ZgwConnectionRequest */
        ZgwConnectionRequest: {
            besluitenApiUrl: string;
            besluittypen: components["schemas"]["ZgwBesluittype"][];
            bestuursorgaan: string;
            clientId: string;
            rsin: string;
            /** @description The shared HS256 secret (16 to 500 characters); leave out to keep the one set. */
            secret?: string | null;
        };
        /**
         * ZgwPush
         * @description A decision as a besluit in the organisation's ZGW Besluiten API: once final, and when its
         *     category has a besluittype, it is posted there in the background with retries.
         */
        ZgwPush: {
            /**
             * Format: int32
             * @description Attempts made so far.
             */
            attempts: number;
            /** @description The besluit's `url` in the Besluiten API; `null` until it was pushed. */
            besluitUrl?: string | null;
            /**
             * @description Why the last attempt did not succeed (the API's `invalidParams` summarised, a status, a
             *     timeout); `null` when it did or none was made.
             */
            lastError?: string | null;
            state: components["schemas"]["ZgwPushState"];
        };
        /**
         * @description Where a decision's push to the ZGW Besluiten API stands.
         * @enum {string}
         */
        ZgwPushState: "not_applicable" | "pending" | "pushed" | "failed";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listApiClients: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 200 (default 50). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of machine clients. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ApiClientPage"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["CreateApiClientRequest"];
            };
        };
        responses: {
            /** @description The machine client was created; `clientSecret` is shown this once. */
            201: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ApiClientWithSecret"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The machine client. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ApiClient"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateApiClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["UpdateApiClientRequest"];
            };
        };
        responses: {
            /** @description The machine client. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ApiClient"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateApiClientSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new secret, shown this once; the old one no longer works. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ApiClientWithSecret"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApprovals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What waits for the caller. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Approvals"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Only events about this kind of object, e.g. `mandate_version`. */
                entityType?: string;
                /** @description Only events about this object. */
                entityId?: string;
                /** @description Only events by this person. */
                actorId?: string;
                /** @description Only this action, e.g. `mandate_version.created`. */
                action?: string;
                /** @description From this instant (inclusive). */
                from?: string;
                /** @description Up to this instant (exclusive). */
                to?: string;
                /** @description Page size, 1 to 200 (default 50). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events, oldest first. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyAuditEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verification result. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AuditVerification"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Signed in. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AccessToken"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong e-mail address or password (also for an unknown address or a deactivated account). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Too many failed sign-ins for this account or from this address; try again after
             *     `Retry-After` seconds.
             */
            429: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description Seconds to wait before the next attempt. */
                    "Retry-After": number;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description A token was issued. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["TokenResponse"];
                };
            };
            /**
             * @description `invalid_request` (a parameter missing or repeated), `invalid_scope` (a scope unknown or
             *     not held by the client) or `unsupported_grant_type`.
             */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                    "application/problem+json": components["schemas"]["OAuthError"];
                };
            };
            /**
             * @description `invalid_client`: the client is unknown or inactive, the secret is wrong, or the
             *     assertion is invalid, expired, for another audience or used before.
             */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description The authentication scheme to use. */
                    "WWW-AUTHENTICATE": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthError"];
                    "application/problem+json": components["schemas"]["OAuthError"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not in the media type this operation takes. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCategories: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 200 (default 50). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of categories. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["CategoryPage"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCategory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["CreateCategoryRequest"];
            };
        };
        responses: {
            /** @description The category was created. */
            201: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Category"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The category. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Category"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["UpdateCategoryRequest"];
            };
        };
        responses: {
            /** @description The category. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Category"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClientRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The pseudonymous client reference. */
                clientRef: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everything held about the client. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ClientRecord"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eraseClientRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientRef: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client's personal data is erased. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Erasure"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDecisions: {
        parameters: {
            query?: {
                /** @description One status or several separated by commas. */
                status?: string;
                verdict?: string;
                categoryId?: string;
                professionalId?: string;
                teamId?: string;
                /** @description Decided on or after this day. */
                from?: string;
                /** @description Decided on or before this day. */
                to?: string;
                /** @description Words that must all occur in the title, situation, solution or rationale. */
                q?: string;
                /** @description Page size, 1 to 200 (default 50). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of decisions, oldest first. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["DecisionPage"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key made on the phone when the decision was made (kept 30 days at least). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["CreateDecisionRequest"];
            };
        };
        responses: {
            /** @description Logged (or, for a retry with the same `Idempotency-Key` and body, the original result). */
            201: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    "IDEMPOTENT-REPLAYED"?: string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Decision"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decision. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Decision"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["StepRequest"];
            };
        };
        responses: {
            /** @description The decision. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Decision"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    correctDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["CorrectionRequest"];
            };
        };
        responses: {
            /** @description The difference is booked as a correction; the decision with its `corrected` event. */
            201: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Decision"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveCorrection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                correctionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["StepRequest"];
            };
        };
        responses: {
            /** @description The decision. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Decision"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectCorrection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                correctionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["StepRequest"];
            };
        };
        responses: {
            /** @description The decision. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Decision"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cosignDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["StepRequest"];
            };
        };
        responses: {
            /** @description The decision. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Decision"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reflectOnDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["ReflectionRequest"];
            };
        };
        responses: {
            /** @description The reflection was added. */
            201: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Decision"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["StepRequest"];
            };
        };
        responses: {
            /** @description The decision. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Decision"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["ReviewRequest"];
            };
        };
        responses: {
            /** @description The decision. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Decision"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["StepRequest"];
            };
        };
        responses: {
            /** @description The decision. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Decision"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pushDecisionToZgw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The push is due now (`zgw.state` `pending`); the worker sends it in the background. */
            202: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Decision"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIdentityProvider: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The identity provider settings. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["IdentityProvider"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putIdentityProvider: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["PutIdentityProviderRequest"];
            };
        };
        responses: {
            /** @description The identity provider settings. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["IdentityProvider"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importPeople: {
        parameters: {
            query?: {
                /** @description `true`: answer what would change, change nothing. */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Imported, or with `dryRun=true` what an import would do. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["PeopleImport"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not in the media type this operation takes. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLessons: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 200 (default 50). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of lessons, newest first. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["LessonPage"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkMandate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["MandateCheckRequest"];
            };
        };
        responses: {
            /** @description The verdict and its explanation. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["MandateCheck"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMandateTemplates: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 200 (default 50). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of templates. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["MandateTemplatePage"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMandateTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["CreateMandateTemplateRequest"];
            };
        };
        responses: {
            /** @description The template was created. */
            201: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["MandateTemplate"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMandateTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["MandateTemplate"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMandateTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["UpdateMandateTemplateRequest"];
            };
        };
        responses: {
            /** @description The template. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["MandateTemplate"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    applyMandateTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["ApplyMandateTemplateRequest"];
            };
        };
        responses: {
            /** @description Every professional got a new version. */
            201: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AppliedTemplate"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in person. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Me"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyMandate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mandate; `ETag` names the newest version (send it as `If-Match` to change it). */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    ETAG?: string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Mandate"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation's settings. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Organisation"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["OrganisationChanges"];
            };
        };
        responses: {
            /** @description The organisation's settings. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Organisation"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPrecedents: {
        parameters: {
            query?: {
                categoryId?: string;
                /** @description The amount being considered, in euro cents. */
                amountCents?: number;
                /** @description Words of the decision being considered (its title). */
                q?: string;
                /** @description How many, 1 to 10 (default 3). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Closest first: the same category, a nearby amount, shared words of the title. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["PrecedentList"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProcessingLog: {
        parameters: {
            query?: {
                clientRef?: string;
                actorId?: string;
                /** @description Started at or after this time. */
                from?: string;
                /** @description Started before this time. */
                to?: string;
                /** @description Page size, 1 to 200 (default 50). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records, oldest first. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ProcessingRecordPage"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportAccountability: {
        parameters: {
            query: {
                /** @description The calendar year, e.g. `2026` (by the decisions' Amsterdam date). */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["AccountabilityExport"];
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportBudgetUse: {
        parameters: {
            query?: {
                /** @description First month, `YYYY-MM` (default: January of this year). */
                from?: string;
                /** @description Last month, `YYYY-MM`, included (default: this month). */
                to?: string;
                teamId?: string;
                professionalId?: string;
                categoryId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["BudgetUseReport"];
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportProfessionalUse: {
        parameters: {
            query?: {
                /** @description First month, `YYYY-MM` (default: January of this year). */
                from?: string;
                /** @description Last month, `YYYY-MM`, included (default: this month). */
                to?: string;
                teamId?: string;
                professionalId?: string;
                categoryId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ProfessionalUseReport"];
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportReflections: {
        parameters: {
            query?: {
                /** @description First month, `YYYY-MM` (default: January of this year). */
                from?: string;
                /** @description Last month, `YYYY-MM`, included (default: this month). */
                to?: string;
                teamId?: string;
                professionalId?: string;
                categoryId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ReflectionsReport"];
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportTurnaround: {
        parameters: {
            query?: {
                /** @description First month, `YYYY-MM` (default: January of this year). */
                from?: string;
                /** @description Last month, `YYYY-MM`, included (default: this month). */
                to?: string;
                teamId?: string;
                professionalId?: string;
                categoryId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["TurnaroundReport"];
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportUrgentReviews: {
        parameters: {
            query?: {
                /** @description First month, `YYYY-MM` (default: January of this year). */
                from?: string;
                /** @description Last month, `YYYY-MM`, included (default: this month). */
                to?: string;
                teamId?: string;
                professionalId?: string;
                categoryId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["UrgentReviewsReport"];
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportVerdictMix: {
        parameters: {
            query?: {
                /** @description First month, `YYYY-MM` (default: January of this year). */
                from?: string;
                /** @description Last month, `YYYY-MM`, included (default: this month). */
                to?: string;
                teamId?: string;
                professionalId?: string;
                categoryId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["VerdictMixReport"];
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStories: {
        parameters: {
            query?: {
                /**
                 * @description Words that must each occur, in any of their forms, in the title, body, learning or
                 *     tags (a word also finds the compounds it begins: huur finds huurachterstand).
                 */
                q?: string;
                categoryId?: string;
                /** @description One tag, exactly (case is ignored). */
                tag?: string;
                /** @description `draft` or `published`. */
                status?: string;
                /** @description Page size, 1 to 200 (default 50). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of stories, newest first. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["StoryPage"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createStory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["CreateStoryRequest"];
            };
        };
        responses: {
            /** @description The draft was created. */
            201: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    ETAG: string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Story"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The story; `ETag` names its version (send it as `If-Match` to change it). */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    ETAG: string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Story"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateStory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the story as last read. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["UpdateStoryRequest"];
            };
        };
        responses: {
            /** @description The story; `ETag` names its version (send it as `If-Match` to change it). */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    ETAG: string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Story"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishStory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the story as the lead read it. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The story; `ETag` names its version (send it as `If-Match` to change it). */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    ETAG: string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Story"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTeams: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 200 (default 50). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of teams. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["TeamPage"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["CreateTeamRequest"];
            };
        };
        responses: {
            /** @description The team was created. */
            201: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Team"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Team"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["UpdateTeamRequest"];
            };
        };
        responses: {
            /** @description The team. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Team"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTeamBudgetPots: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team's pots. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["TeamBudgetPotList"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setTeamBudgetPot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["SetTeamBudgetPotRequest"];
            };
        };
        responses: {
            /** @description The pot's limit for that period was replaced. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["TeamBudgetPot"];
                };
            };
            /** @description The pot was created. */
            201: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["TeamBudgetPot"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 200 (default 50). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of people. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["UserPage"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description The person was added. */
            201: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["User"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["User"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description The person. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["User"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUserMandate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mandate; `ETag` names the newest version (send it as `If-Match` to change it). */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    ETAG?: string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["Mandate"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMandateVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All versions, newest first. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    ETAG?: string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["MandateVersionPage"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMandateVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the newest version, required once one exists. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["CreateMandateVersionRequest"];
            };
        };
        responses: {
            /** @description The version was added; `ETag` is its tag. */
            201: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    ETAG: string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["MandateVersion"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookSubscriptions: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 200 (default 50). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of subscriptions. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["WebhookSubscriptionPage"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["CreateWebhookSubscriptionRequest"];
            };
        };
        responses: {
            /** @description The subscription was created; its secret is shown only here. */
            201: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["CreatedWebhookSubscription"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["WebhookSubscription"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription and its delivery log were removed. */
            204: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["UpdateWebhookSubscriptionRequest"];
            };
        };
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["WebhookSubscription"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 200 (default 50). */
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries, oldest first. */
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    redeliverWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery is due now; the worker sends it shortly. */
            202: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pingWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery is due now; the worker sends it shortly. */
            202: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getZgwConnection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ZgwConnection"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putZgwConnection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["ZgwConnectionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["ZgwConnection"];
                };
            };
            /** @description Invalid input: the body names every invalid field at once. */
            400: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, forged, or of an unknown issuer). */
            401: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this on an object of their own organisation. */
            403: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in the caller's organisation. */
            404: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. */
            409: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names a version that is no longer current (versioned resources only). */
            412: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts. */
            413: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body's media type is not one this operation reads. */
            415: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request cannot be processed as sent: an `Idempotency-Key` reused with another body. */
            422: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required and missing (versioned resources only). */
            428: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A machine client over its request rate; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next request. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something failed on the server; the cause is logged, not sent. */
            500: {
                headers: {
                    /** @description The full version of the API that answered (semver). */
                    "API-Version": string;
                    /** @description W3C Trace Context of this request's span: the caller's trace when it sent one, else a new trace. */
                    traceparent: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
