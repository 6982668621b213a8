// Generated from the OpenAPI document by `npm run api:types`: do not edit by hand.
export interface paths {
    "/in/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive a postback at its source's URL
         * @description No API key: the URL's token names the source, whose verification (Standard Webhooks, HMAC, Basic, API key or none) the call must pass. 202 once the postback is durably in the postback log; its body (JSON or a form) is then attached to its registration as key:value tags. 401 verification failed, 400 a body neither JSON nor a form, 413 too large, 200 a duplicate of one accepted before (not processed again); every one of them is logged. 404 for a token no source has.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the postback's id in the postback log */
                            id: number;
                            /** @enum {unknown} */
                            outcome: "accepted" | "rejected";
                            /** @enum {unknown} */
                            cause?: "verification_failed" | "unparsable" | "too_large" | "duplicate";
                            message?: string;
                            /** @description for a duplicate: the postback it repeats */
                            duplicateOf?: number;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the postback's id in the postback log */
                            id: number;
                            /** @enum {unknown} */
                            outcome: "accepted" | "rejected";
                            /** @enum {unknown} */
                            cause?: "verification_failed" | "unparsable" | "too_large" | "duplicate";
                            message?: string;
                            /** @description for a duplicate: the postback it repeats */
                            duplicateOf?: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the postback's id in the postback log */
                            id: number;
                            /** @enum {unknown} */
                            outcome: "accepted" | "rejected";
                            /** @enum {unknown} */
                            cause?: "verification_failed" | "unparsable" | "too_large" | "duplicate";
                            message?: string;
                            /** @description for a duplicate: the postback it repeats */
                            duplicateOf?: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the postback's id in the postback log */
                            id: number;
                            /** @enum {unknown} */
                            outcome: "accepted" | "rejected";
                            /** @enum {unknown} */
                            cause?: "verification_failed" | "unparsable" | "too_large" | "duplicate";
                            message?: string;
                            /** @description for a duplicate: the postback it repeats */
                            duplicateOf?: number;
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the postback's id in the postback log */
                            id: number;
                            /** @enum {unknown} */
                            outcome: "accepted" | "rejected";
                            /** @enum {unknown} */
                            cause?: "verification_failed" | "unparsable" | "too_large" | "duplicate";
                            message?: string;
                            /** @description for a duplicate: the postback it repeats */
                            duplicateOf?: number;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is logged in */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                code: string;
                                name: string;
                            };
                            /** Format: date-time */
                            expiresAt?: string;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Log in to the dashboard: exchange an API key for a session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        apiKey: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                code: string;
                                name: string;
                            };
                            /** Format: date-time */
                            expiresAt?: string;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Log out: the session ends here and now */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's API keys (never their secrets) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            apiKeys: {
                                id: number;
                                name: string;
                                /** @description the first characters of the key, to tell keys apart */
                                prefix: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                revokedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create another key; the secret is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            /** @description the first characters of the key, to tell keys apart */
                            prefix: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            revokedAt: string | null;
                            /** @description the secret: shown this once, never again */
                            key: string;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a key */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's tags */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tags: {
                                name: string;
                                label: string;
                                /** @description the kinds of object it may apply to */
                                objects: ("registration_statuses" | "registration_properties" | "attendee_types" | "events" | "questions" | "session_registration_statuses" | "event_statuses" | "event_custom_fields" | "session_custom_fields")[];
                                /** @description an automatic tag (a standard registration property): it cannot be edited or deleted */
                                system: boolean;
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tags/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tag */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            label: string;
                            /** @description the kinds of object it may apply to */
                            objects: ("registration_statuses" | "registration_properties" | "attendee_types" | "events" | "questions" | "session_registration_statuses" | "event_statuses" | "event_custom_fields" | "session_custom_fields")[];
                            /** @description an automatic tag (a standard registration property): it cannot be edited or deleted */
                            system: boolean;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Create or update a tag and the objects it may apply to */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        label?: string;
                        objects: ("registration_statuses" | "registration_properties" | "attendee_types" | "events" | "questions" | "session_registration_statuses" | "event_statuses" | "event_custom_fields" | "session_custom_fields")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            label: string;
                            /** @description the kinds of object it may apply to */
                            objects: ("registration_statuses" | "registration_properties" | "attendee_types" | "events" | "questions" | "session_registration_statuses" | "event_statuses" | "event_custom_fields" | "session_custom_fields")[];
                            /** @description an automatic tag (a standard registration property): it cannot be edited or deleted */
                            system: boolean;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            label: string;
                            /** @description the kinds of object it may apply to */
                            objects: ("registration_statuses" | "registration_properties" | "attendee_types" | "events" | "questions" | "session_registration_statuses" | "event_statuses" | "event_custom_fields" | "session_custom_fields")[];
                            /** @description an automatic tag (a standard registration property): it cannot be edited or deleted */
                            system: boolean;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a tag no object carries */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registration-statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List registration status entries */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                /** @enum {unknown} */
                                kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                                code: string;
                                name: string;
                                /** @description the event it belongs to; null at account level */
                                eventCode: string | null;
                                /** @description a standard entry: only its tags can change */
                                standard: boolean;
                                tags: string[];
                                /** @description the kind's own attributes (a question's text and type, a session's times...) */
                                attributes: {
                                    text?: string;
                                    /** @enum {unknown} */
                                    type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                    options?: string[];
                                } & {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registration-statuses/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A registration status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Create or update a registration status (standard ones: tags only) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        tags?: string[];
                        attributes?: {
                            text?: string;
                            /** @enum {unknown} */
                            type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                            options?: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event}/registration-statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List registration status entries */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    event: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                /** @enum {unknown} */
                                kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                                code: string;
                                name: string;
                                /** @description the event it belongs to; null at account level */
                                eventCode: string | null;
                                /** @description a standard entry: only its tags can change */
                                standard: boolean;
                                tags: string[];
                                /** @description the kind's own attributes (a question's text and type, a session's times...) */
                                attributes: {
                                    text?: string;
                                    /** @enum {unknown} */
                                    type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                    options?: string[];
                                } & {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event}/registration-statuses/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A registration status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    event: string;
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Create or update a registration status (standard ones: tags only) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    event: string;
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        tags?: string[];
                        attributes?: {
                            text?: string;
                            /** @enum {unknown} */
                            type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                            options?: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session-registration-statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List session registration status entries */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                /** @enum {unknown} */
                                kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                                code: string;
                                name: string;
                                /** @description the event it belongs to; null at account level */
                                eventCode: string | null;
                                /** @description a standard entry: only its tags can change */
                                standard: boolean;
                                tags: string[];
                                /** @description the kind's own attributes (a question's text and type, a session's times...) */
                                attributes: {
                                    text?: string;
                                    /** @enum {unknown} */
                                    type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                    options?: string[];
                                } & {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session-registration-statuses/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session registration status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Create or update a session registration status (standard ones: tags only) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        tags?: string[];
                        attributes?: {
                            text?: string;
                            /** @enum {unknown} */
                            type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                            options?: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event-statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List event status entries */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                /** @enum {unknown} */
                                kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                                code: string;
                                name: string;
                                /** @description the event it belongs to; null at account level */
                                eventCode: string | null;
                                /** @description a standard entry: only its tags can change */
                                standard: boolean;
                                tags: string[];
                                /** @description the kind's own attributes (a question's text and type, a session's times...) */
                                attributes: {
                                    text?: string;
                                    /** @enum {unknown} */
                                    type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                    options?: string[];
                                } & {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event-statuses/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A event status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Create or update a event status (standard ones: tags only) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        tags?: string[];
                        attributes?: {
                            text?: string;
                            /** @enum {unknown} */
                            type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                            options?: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event}/registration-properties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List registration property entries */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    event: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                /** @enum {unknown} */
                                kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                                code: string;
                                name: string;
                                /** @description the event it belongs to; null at account level */
                                eventCode: string | null;
                                /** @description a standard entry: only its tags can change */
                                standard: boolean;
                                tags: string[];
                                /** @description the kind's own attributes (a question's text and type, a session's times...) */
                                attributes: {
                                    text?: string;
                                    /** @enum {unknown} */
                                    type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                    options?: string[];
                                } & {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event}/registration-properties/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A registration property */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    event: string;
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Create or update a registration property (standard ones: tags only) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    event: string;
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        tags?: string[];
                        attributes?: {
                            text?: string;
                            /** @enum {unknown} */
                            type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                            options?: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event}/attendee-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List attendee type entries */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    event: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                /** @enum {unknown} */
                                kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                                code: string;
                                name: string;
                                /** @description the event it belongs to; null at account level */
                                eventCode: string | null;
                                /** @description a standard entry: only its tags can change */
                                standard: boolean;
                                tags: string[];
                                /** @description the kind's own attributes (a question's text and type, a session's times...) */
                                attributes: {
                                    text?: string;
                                    /** @enum {unknown} */
                                    type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                    options?: string[];
                                } & {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event}/attendee-types/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A attendee type */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    event: string;
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Create or update a attendee type (standard ones: tags only) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    event: string;
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        tags?: string[];
                        attributes?: {
                            text?: string;
                            /** @enum {unknown} */
                            type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                            options?: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List question entries */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    event: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                /** @enum {unknown} */
                                kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                                code: string;
                                name: string;
                                /** @description the event it belongs to; null at account level */
                                eventCode: string | null;
                                /** @description a standard entry: only its tags can change */
                                standard: boolean;
                                tags: string[];
                                /** @description the kind's own attributes (a question's text and type, a session's times...) */
                                attributes: {
                                    text?: string;
                                    /** @enum {unknown} */
                                    type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                    options?: string[];
                                } & {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event}/questions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A question */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    event: string;
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Create or update a question (standard ones: tags only) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    event: string;
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        tags?: string[];
                        attributes?: {
                            text?: string;
                            /** @enum {unknown} */
                            type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                            options?: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event-custom-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List event custom field entries */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                /** @enum {unknown} */
                                kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                                code: string;
                                name: string;
                                /** @description the event it belongs to; null at account level */
                                eventCode: string | null;
                                /** @description a standard entry: only its tags can change */
                                standard: boolean;
                                tags: string[];
                                /** @description the kind's own attributes (a question's text and type, a session's times...) */
                                attributes: {
                                    text?: string;
                                    /** @enum {unknown} */
                                    type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                    options?: string[];
                                } & {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event-custom-fields/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A event custom field */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Create or update a event custom field (standard ones: tags only) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        tags?: string[];
                        attributes?: {
                            text?: string;
                            /** @enum {unknown} */
                            type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                            options?: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session-custom-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List session custom field entries */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                /** @enum {unknown} */
                                kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                                code: string;
                                name: string;
                                /** @description the event it belongs to; null at account level */
                                eventCode: string | null;
                                /** @description a standard entry: only its tags can change */
                                standard: boolean;
                                tags: string[];
                                /** @description the kind's own attributes (a question's text and type, a session's times...) */
                                attributes: {
                                    text?: string;
                                    /** @enum {unknown} */
                                    type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                    options?: string[];
                                } & {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session-custom-fields/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session custom field */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Create or update a session custom field (standard ones: tags only) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        tags?: string[];
                        attributes?: {
                            text?: string;
                            /** @enum {unknown} */
                            type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                            options?: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profile-custom-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List profile custom field entries */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                /** @enum {unknown} */
                                kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                                code: string;
                                name: string;
                                /** @description the event it belongs to; null at account level */
                                eventCode: string | null;
                                /** @description a standard entry: only its tags can change */
                                standard: boolean;
                                tags: string[];
                                /** @description the kind's own attributes (a question's text and type, a session's times...) */
                                attributes: {
                                    text?: string;
                                    /** @enum {unknown} */
                                    type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                    options?: string[];
                                } & {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profile-custom-fields/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A profile custom field */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Create or update a profile custom field (standard ones: tags only) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        tags?: string[];
                        attributes?: {
                            text?: string;
                            /** @enum {unknown} */
                            type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                            options?: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "registration_status" | "session_registration_status" | "event_status" | "registration_property" | "attendee_type" | "question" | "event_custom_field" | "session_custom_field" | "profile_custom_field";
                            code: string;
                            name: string;
                            /** @description the event it belongs to; null at account level */
                            eventCode: string | null;
                            /** @description a standard entry: only its tags can change */
                            standard: boolean;
                            tags: string[];
                            /** @description the kind's own attributes (a question's text and type, a session's times...) */
                            attributes: {
                                text?: string;
                                /** @enum {unknown} */
                                type?: "text" | "select" | "multi_select" | "checkbox" | "radio";
                                options?: string[];
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's events */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: {
                                code: string;
                                name: string;
                                /** @description a test event: its registrations are test data */
                                isTest: boolean;
                                /** @description an event status code */
                                status: string;
                                startDate: string | null;
                                endDate: string | null;
                                location: string | null;
                                timezone: string | null;
                                description: string | null;
                                customFields: {
                                    [key: string]: string | string[] | null;
                                };
                                tags: string[];
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            /** @description a test event: its registrations are test data */
                            isTest: boolean;
                            /** @description an event status code */
                            status: string;
                            startDate: string | null;
                            endDate: string | null;
                            location: string | null;
                            timezone: string | null;
                            description: string | null;
                            customFields: {
                                [key: string]: string | string[] | null;
                            };
                            tags: string[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Create or update an event (fields left out keep their value) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        isTest?: boolean;
                        status?: string;
                        startDate?: string | null;
                        endDate?: string | null;
                        location?: string | null;
                        timezone?: string | null;
                        description?: string | null;
                        customFields?: {
                            [key: string]: string | string[] | null;
                        };
                        tags?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            /** @description a test event: its registrations are test data */
                            isTest: boolean;
                            /** @description an event status code */
                            status: string;
                            startDate: string | null;
                            endDate: string | null;
                            location: string | null;
                            timezone: string | null;
                            description: string | null;
                            customFields: {
                                [key: string]: string | string[] | null;
                            };
                            tags: string[];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            /** @description a test event: its registrations are test data */
                            isTest: boolean;
                            /** @description an event status code */
                            status: string;
                            startDate: string | null;
                            endDate: string | null;
                            location: string | null;
                            timezone: string | null;
                            description: string | null;
                            customFields: {
                                [key: string]: string | string[] | null;
                            };
                            tags: string[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An event's sessions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    event: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessions: {
                                code: string;
                                eventCode: string;
                                name: string;
                                /** Format: date-time */
                                startsAt: string | null;
                                /** Format: date-time */
                                endsAt: string | null;
                                location: string | null;
                                /** @description values of the session custom fields (/v1/session-custom-fields) */
                                customFields: {
                                    [key: string]: string | string[] | null;
                                };
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event}/sessions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    event: string;
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            eventCode: string;
                            name: string;
                            /** Format: date-time */
                            startsAt: string | null;
                            /** Format: date-time */
                            endsAt: string | null;
                            location: string | null;
                            /** @description values of the session custom fields (/v1/session-custom-fields) */
                            customFields: {
                                [key: string]: string | string[] | null;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Create or update a session (fields left out keep their value); records session.created or session.updated */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    event: string;
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** Format: date-time */
                        startsAt?: string | null;
                        /** Format: date-time */
                        endsAt?: string | null;
                        location?: string | null;
                        customFields?: {
                            [key: string]: string | string[] | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            eventCode: string;
                            name: string;
                            /** Format: date-time */
                            startsAt: string | null;
                            /** Format: date-time */
                            endsAt: string | null;
                            location: string | null;
                            /** @description values of the session custom fields (/v1/session-custom-fields) */
                            customFields: {
                                [key: string]: string | string[] | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            eventCode: string;
                            name: string;
                            /** Format: date-time */
                            startsAt: string | null;
                            /** Format: date-time */
                            endsAt: string | null;
                            location: string | null;
                            /** @description values of the session custom fields (/v1/session-custom-fields) */
                            customFields: {
                                [key: string]: string | string[] | null;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Profiles by code, a page at a time (pass the last code as `after`) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    after?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            profiles: {
                                code: string;
                                firstName: string | null;
                                lastName: string | null;
                                email: string | null;
                                position: string | null;
                                organization: string | null;
                                phone: string | null;
                                addressLine1: string | null;
                                addressLine2: string | null;
                                city: string | null;
                                state: string | null;
                                postalCode: string | null;
                                country: string | null;
                                customFields: {
                                    [key: string]: string | string[] | null;
                                };
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profiles/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A profile */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            firstName: string | null;
                            lastName: string | null;
                            email: string | null;
                            position: string | null;
                            organization: string | null;
                            phone: string | null;
                            addressLine1: string | null;
                            addressLine2: string | null;
                            city: string | null;
                            state: string | null;
                            postalCode: string | null;
                            country: string | null;
                            customFields: {
                                [key: string]: string | string[] | null;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Create or update a profile */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        firstName?: string | null;
                        lastName?: string | null;
                        email?: string | null;
                        position?: string | null;
                        organization?: string | null;
                        phone?: string | null;
                        addressLine1?: string | null;
                        addressLine2?: string | null;
                        city?: string | null;
                        state?: string | null;
                        postalCode?: string | null;
                        country?: string | null;
                        customFields?: {
                            [key: string]: string | string[] | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            firstName: string | null;
                            lastName: string | null;
                            email: string | null;
                            position: string | null;
                            organization: string | null;
                            phone: string | null;
                            addressLine1: string | null;
                            addressLine2: string | null;
                            city: string | null;
                            state: string | null;
                            postalCode: string | null;
                            country: string | null;
                            customFields: {
                                [key: string]: string | string[] | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            firstName: string | null;
                            lastName: string | null;
                            email: string | null;
                            position: string | null;
                            organization: string | null;
                            phone: string | null;
                            addressLine1: string | null;
                            addressLine2: string | null;
                            city: string | null;
                            state: string | null;
                            postalCode: string | null;
                            country: string | null;
                            customFields: {
                                [key: string]: string | string[] | null;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Registrations by code, a page at a time (pass the last code as `after`)
         * @description Each carries the code of its person (`profileCode`); a single registration carries the whole profile.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    after?: string;
                    eventCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            registrations: {
                                code: string;
                                eventCode: string;
                                /** @description a registration status code */
                                status: string;
                                /** @description an attendee type code */
                                attendeeType: string | null;
                                /** @description the standard "Test" property: test data, even in a live event */
                                isTest: boolean;
                                /** @description standard and custom properties, by code */
                                properties: {
                                    [key: string]: boolean;
                                };
                                /** @description answers, by question code */
                                answers: {
                                    [key: string]: string | string[] | null;
                                };
                                profileCode: string;
                                /** @description the key:value tags postbacks attached (the latest value of each key); absent until one has */
                                postback?: {
                                    [key: string]: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registrations/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A registration with its profile */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            eventCode: string;
                            /** @description a registration status code */
                            status: string;
                            /** @description an attendee type code */
                            attendeeType: string | null;
                            /** @description the standard "Test" property: test data, even in a live event */
                            isTest: boolean;
                            /** @description standard and custom properties, by code */
                            properties: {
                                [key: string]: boolean;
                            };
                            /** @description answers, by question code */
                            answers: {
                                [key: string]: string | string[] | null;
                            };
                            profile: {
                                code: string;
                                firstName: string | null;
                                lastName: string | null;
                                email: string | null;
                                position: string | null;
                                organization: string | null;
                                phone: string | null;
                                addressLine1: string | null;
                                addressLine2: string | null;
                                city: string | null;
                                state: string | null;
                                postalCode: string | null;
                                country: string | null;
                                customFields: {
                                    [key: string]: string | string[] | null;
                                };
                            };
                            /** @description the key:value tags postbacks attached (the latest value of each key); absent until one has */
                            postback?: {
                                [key: string]: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Create or update a registration and its profile
         * @description Fields left out keep their value, the event and the person included; creating a registration needs eventCode and profile.code.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        eventCode?: string;
                        profile?: {
                            code?: string;
                            firstName?: string | null;
                            lastName?: string | null;
                            email?: string | null;
                            position?: string | null;
                            organization?: string | null;
                            phone?: string | null;
                            addressLine1?: string | null;
                            addressLine2?: string | null;
                            city?: string | null;
                            state?: string | null;
                            postalCode?: string | null;
                            country?: string | null;
                            customFields?: {
                                [key: string]: string | string[] | null;
                            };
                        };
                        status?: string;
                        attendeeType?: string | null;
                        isTest?: boolean;
                        properties?: {
                            [key: string]: boolean;
                        };
                        answers?: {
                            [key: string]: string | string[] | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            outcome: "created" | "updated" | "unchanged";
                            registration: {
                                code: string;
                                eventCode: string;
                                /** @description a registration status code */
                                status: string;
                                /** @description an attendee type code */
                                attendeeType: string | null;
                                /** @description the standard "Test" property: test data, even in a live event */
                                isTest: boolean;
                                /** @description standard and custom properties, by code */
                                properties: {
                                    [key: string]: boolean;
                                };
                                /** @description answers, by question code */
                                answers: {
                                    [key: string]: string | string[] | null;
                                };
                                profile: {
                                    code: string;
                                    firstName: string | null;
                                    lastName: string | null;
                                    email: string | null;
                                    position: string | null;
                                    organization: string | null;
                                    phone: string | null;
                                    addressLine1: string | null;
                                    addressLine2: string | null;
                                    city: string | null;
                                    state: string | null;
                                    postalCode: string | null;
                                    country: string | null;
                                    customFields: {
                                        [key: string]: string | string[] | null;
                                    };
                                };
                                /** @description the key:value tags postbacks attached (the latest value of each key); absent until one has */
                                postback?: {
                                    [key: string]: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            outcome: "created" | "updated" | "unchanged";
                            registration: {
                                code: string;
                                eventCode: string;
                                /** @description a registration status code */
                                status: string;
                                /** @description an attendee type code */
                                attendeeType: string | null;
                                /** @description the standard "Test" property: test data, even in a live event */
                                isTest: boolean;
                                /** @description standard and custom properties, by code */
                                properties: {
                                    [key: string]: boolean;
                                };
                                /** @description answers, by question code */
                                answers: {
                                    [key: string]: string | string[] | null;
                                };
                                profile: {
                                    code: string;
                                    firstName: string | null;
                                    lastName: string | null;
                                    email: string | null;
                                    position: string | null;
                                    organization: string | null;
                                    phone: string | null;
                                    addressLine1: string | null;
                                    addressLine2: string | null;
                                    city: string | null;
                                    state: string | null;
                                    postalCode: string | null;
                                    country: string | null;
                                    customFields: {
                                        [key: string]: string | string[] | null;
                                    };
                                };
                                /** @description the key:value tags postbacks attached (the latest value of each key); absent until one has */
                                postback?: {
                                    [key: string]: string;
                                };
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registrations/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upsert up to 10000 registrations; each record gets its own result */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        registrations: {
                            code: string;
                            eventCode?: string;
                            profile?: {
                                code?: string;
                                firstName?: string | null;
                                lastName?: string | null;
                                email?: string | null;
                                position?: string | null;
                                organization?: string | null;
                                phone?: string | null;
                                addressLine1?: string | null;
                                addressLine2?: string | null;
                                city?: string | null;
                                state?: string | null;
                                postalCode?: string | null;
                                country?: string | null;
                                customFields?: {
                                    [key: string]: string | string[] | null;
                                };
                            };
                            status?: string;
                            attendeeType?: string | null;
                            isTest?: boolean;
                            properties?: {
                                [key: string]: boolean;
                            };
                            answers?: {
                                [key: string]: string | string[] | null;
                            };
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description how many records had each outcome */
                            summary: {
                                created: number;
                                updated: number;
                                unchanged: number;
                                error: number;
                            };
                            /** @description one per record, in the order sent */
                            results: {
                                index: number;
                                code: string;
                                /** @enum {unknown} */
                                outcome: "created" | "updated" | "unchanged" | "error";
                                error?: {
                                    code: string;
                                    message: string;
                                    field?: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registrations/{code}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A registration's statuses in the sessions of its event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessionRegistrations: {
                                registrationCode: string;
                                eventCode: string;
                                sessionCode: string;
                                /** @description a session registration status code */
                                status: string;
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registrations/{code}/sessions/{session}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A registration's status in one session */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    session: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            registrationCode: string;
                            eventCode: string;
                            sessionCode: string;
                            /** @description a session registration status code */
                            status: string;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Set a registration's status for a session of its event */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    session: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        status: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            registrationCode: string;
                            eventCode: string;
                            sessionCode: string;
                            /** @description a session registration status code */
                            status: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            registrationCode: string;
                            eventCode: string;
                            sessionCode: string;
                            /** @description a session registration status code */
                            status: string;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The change log, oldest first, a page at a time (pass the last id as `after`) */
        get: {
            parameters: {
                query?: {
                    after?: number;
                    limit?: number;
                    kind?: "registration.created" | "registration.updated" | "registration.status_changed" | "session_registration.status_changed" | "event.created" | "event.updated" | "session.created" | "session.updated";
                    subjectCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changes: {
                                id: number;
                                /** @enum {unknown} */
                                kind: "registration.created" | "registration.updated" | "registration.status_changed" | "session_registration.status_changed" | "event.created" | "event.updated" | "session.created" | "session.updated";
                                /** @description the code of the record changed (a session registration: `<registration>/<session>`) */
                                subjectCode: string;
                                eventCode: string;
                                /** @description the record as it was; null when the change created it */
                                before: {
                                    [key: string]: unknown;
                                } | null;
                                /** @description the record as the change left it */
                                after: {
                                    [key: string]: unknown;
                                };
                                /** @description test data: a test registration, or in a test event */
                                isTest: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The flow list, each with whether it is complete */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            flows: ({
                                id: number;
                                /** @description bumped by every change that takes effect */
                                version: number;
                                name: string;
                                /** @enum {unknown} */
                                mode: "live" | "test";
                                active: boolean;
                                /** @enum {string|null} */
                                source: "registration_create_update" | "registration_status_change" | "session_registration_status_change" | "event_create_update" | "session_create_update" | null;
                                activateFor: {
                                    registrationStatusTags: string[];
                                    registrationPropertyTags: string[];
                                    sessionRegistrationStatusTags: string[];
                                    eventStatusTags: string[];
                                } & {
                                    [key: string]: unknown;
                                };
                                filters: ({
                                    field: string;
                                    /** @enum {unknown} */
                                    operator: "equals" | "not_equals" | "in" | "not_in" | "is_empty" | "is_not_empty";
                                    value?: string;
                                    values?: string[];
                                } & {
                                    [key: string]: unknown;
                                })[];
                                destinations: ({
                                    name: string;
                                    connection: string | null;
                                    /** @enum {unknown} */
                                    action: "webhook";
                                    payloadMapping: string | null;
                                    headerMapping: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /**
                                 * @description an incomplete flow is saved but never fires
                                 * @enum {unknown}
                                 */
                                status: "complete" | "incomplete";
                                /** @description what an incomplete flow lacks */
                                missing: string[];
                            } & {
                                [key: string]: unknown;
                            })[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A flow */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @description bumped by every change that takes effect */
                            version: number;
                            name: string;
                            /** @enum {unknown} */
                            mode: "live" | "test";
                            active: boolean;
                            /** @enum {string|null} */
                            source: "registration_create_update" | "registration_status_change" | "session_registration_status_change" | "event_create_update" | "session_create_update" | null;
                            activateFor: {
                                registrationStatusTags: string[];
                                registrationPropertyTags: string[];
                                sessionRegistrationStatusTags: string[];
                                eventStatusTags: string[];
                            } & {
                                [key: string]: unknown;
                            };
                            filters: ({
                                field: string;
                                /** @enum {unknown} */
                                operator: "equals" | "not_equals" | "in" | "not_in" | "is_empty" | "is_not_empty";
                                value?: string;
                                values?: string[];
                            } & {
                                [key: string]: unknown;
                            })[];
                            destinations: ({
                                name: string;
                                connection: string | null;
                                /** @enum {unknown} */
                                action: "webhook";
                                payloadMapping: string | null;
                                headerMapping: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /**
                             * @description an incomplete flow is saved but never fires
                             * @enum {unknown}
                             */
                            status: "complete" | "incomplete";
                            /** @description what an incomplete flow lacks */
                            missing: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Create or replace a flow; an incomplete flow is saved and never fires */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        mode?: "live" | "test";
                        active?: boolean;
                        source?: ("registration_create_update" | "registration_status_change" | "session_registration_status_change" | "event_create_update" | "session_create_update") | null;
                        activateFor?: {
                            registrationStatusTags?: string[];
                            registrationPropertyTags?: string[];
                            sessionRegistrationStatusTags?: string[];
                            eventStatusTags?: string[];
                        };
                        filters?: {
                            field: string;
                            /** @enum {unknown} */
                            operator: "equals" | "not_equals" | "in" | "not_in" | "is_empty" | "is_not_empty";
                            value?: string;
                            values?: string[];
                        }[];
                        destinations?: {
                            name: string;
                            connection?: string | null;
                            /** @enum {unknown} */
                            action?: "webhook";
                            payloadMapping?: string | null;
                            headerMapping?: string | null;
                            /** @description How the target's answer tells a lead created from one updated: by status (201 created, other 2xx updated), or by a field of its JSON answer */
                            leads?: null | {
                                /** @enum {unknown} */
                                from: "status";
                            } | {
                                /** @enum {unknown} */
                                from: "field";
                                path: string;
                                created: string[];
                                updated: string[];
                            };
                            /** @description Fields of the target's JSON answer written to the registration's person as profile custom fields; `from` is a dot path (data.id) or a JSON pointer (/data/id) */
                            writeBack?: {
                                from: string;
                                to: {
                                    customField: string;
                                };
                            }[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @description bumped by every change that takes effect */
                            version: number;
                            name: string;
                            /** @enum {unknown} */
                            mode: "live" | "test";
                            active: boolean;
                            /** @enum {string|null} */
                            source: "registration_create_update" | "registration_status_change" | "session_registration_status_change" | "event_create_update" | "session_create_update" | null;
                            activateFor: {
                                registrationStatusTags: string[];
                                registrationPropertyTags: string[];
                                sessionRegistrationStatusTags: string[];
                                eventStatusTags: string[];
                            } & {
                                [key: string]: unknown;
                            };
                            filters: ({
                                field: string;
                                /** @enum {unknown} */
                                operator: "equals" | "not_equals" | "in" | "not_in" | "is_empty" | "is_not_empty";
                                value?: string;
                                values?: string[];
                            } & {
                                [key: string]: unknown;
                            })[];
                            destinations: ({
                                name: string;
                                connection: string | null;
                                /** @enum {unknown} */
                                action: "webhook";
                                payloadMapping: string | null;
                                headerMapping: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /**
                             * @description an incomplete flow is saved but never fires
                             * @enum {unknown}
                             */
                            status: "complete" | "incomplete";
                            /** @description what an incomplete flow lacks */
                            missing: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @description bumped by every change that takes effect */
                            version: number;
                            name: string;
                            /** @enum {unknown} */
                            mode: "live" | "test";
                            active: boolean;
                            /** @enum {string|null} */
                            source: "registration_create_update" | "registration_status_change" | "session_registration_status_change" | "event_create_update" | "session_create_update" | null;
                            activateFor: {
                                registrationStatusTags: string[];
                                registrationPropertyTags: string[];
                                sessionRegistrationStatusTags: string[];
                                eventStatusTags: string[];
                            } & {
                                [key: string]: unknown;
                            };
                            filters: ({
                                field: string;
                                /** @enum {unknown} */
                                operator: "equals" | "not_equals" | "in" | "not_in" | "is_empty" | "is_not_empty";
                                value?: string;
                                values?: string[];
                            } & {
                                [key: string]: unknown;
                            })[];
                            destinations: ({
                                name: string;
                                connection: string | null;
                                /** @enum {unknown} */
                                action: "webhook";
                                payloadMapping: string | null;
                                headerMapping: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /**
                             * @description an incomplete flow is saved but never fires
                             * @enum {unknown}
                             */
                            status: "complete" | "incomplete";
                            /** @description what an incomplete flow lacks */
                            missing: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a flow */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{name}/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The Active toggle */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @description bumped by every change that takes effect */
                            version: number;
                            name: string;
                            /** @enum {unknown} */
                            mode: "live" | "test";
                            active: boolean;
                            /** @enum {string|null} */
                            source: "registration_create_update" | "registration_status_change" | "session_registration_status_change" | "event_create_update" | "session_create_update" | null;
                            activateFor: {
                                registrationStatusTags: string[];
                                registrationPropertyTags: string[];
                                sessionRegistrationStatusTags: string[];
                                eventStatusTags: string[];
                            } & {
                                [key: string]: unknown;
                            };
                            filters: ({
                                field: string;
                                /** @enum {unknown} */
                                operator: "equals" | "not_equals" | "in" | "not_in" | "is_empty" | "is_not_empty";
                                value?: string;
                                values?: string[];
                            } & {
                                [key: string]: unknown;
                            })[];
                            destinations: ({
                                name: string;
                                connection: string | null;
                                /** @enum {unknown} */
                                action: "webhook";
                                payloadMapping: string | null;
                                headerMapping: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                            /**
                             * @description an incomplete flow is saved but never fires
                             * @enum {unknown}
                             */
                            status: "complete" | "incomplete";
                            /** @description what an incomplete flow lacks */
                            missing: string[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flow-outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What each flow decided about each change: triggered (with its actions) or not, and why */
        get: {
            parameters: {
                query?: {
                    changeId?: number;
                    flow?: string;
                    triggered?: boolean;
                    after?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            outcomes: ({
                                id: number;
                                changeId: number;
                                /** @description null once the flow is deleted */
                                flow: string | null;
                                flowVersion: number;
                                triggered: boolean;
                                /** @description why it did not trigger: inactive, incomplete, live_test_mismatch, untagged_status, not_activated, filtered_out */
                                reason?: string;
                                detail?: string;
                                actions?: ({
                                    destination: string;
                                    connection: string;
                                    payloadMapping: string;
                                    headerMapping: string | null;
                                } & {
                                    [key: string]: unknown;
                                })[];
                                /** Format: date-time */
                                createdAt: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's connections, secrets masked */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            connections: {
                                name: string;
                                /** @enum {unknown} */
                                target: "webhook" | "advanced_webhook";
                                url: string;
                                /** @description custom headers, values possibly with replacement tokens */
                                headers: {
                                    [key: string]: string;
                                };
                                /** @enum {unknown} */
                                contentType: "application/json" | "application/x-www-form-urlencoded";
                                /** @enum {unknown} */
                                method: "POST" | "GET";
                                timeoutMs: number;
                                followRedirects: boolean;
                                maxConcurrent: number;
                                /** @description null: no limit */
                                requestsPerSecond: number | null;
                                maxRetries: number;
                                /** @description masked: `********`, plus its last 4 characters when it has 16 or more */
                                signingSecret: string;
                                /** @description whether the secret is set */
                                hasSigningSecret: boolean;
                                /** @description the authentication, secrets masked */
                                auth: {
                                    /** @enum {unknown} */
                                    type: "none";
                                } | {
                                    /** @enum {unknown} */
                                    type: "basic";
                                    username: string;
                                    /** @description masked: `********`, plus its last 4 characters when it has 16 or more */
                                    password: string;
                                    /** @description whether the secret is set */
                                    hasPassword: boolean;
                                } | {
                                    /** @enum {unknown} */
                                    type: "api_key";
                                    /** @description masked: `********`, plus its last 4 characters when it has 16 or more */
                                    key: string;
                                    /** @description whether the secret is set */
                                    hasKey: boolean;
                                    /** @enum {unknown} */
                                    placement: "header" | "query";
                                    name: string;
                                } | {
                                    /** @enum {unknown} */
                                    type: "oauth2";
                                    /** @enum {unknown} */
                                    grantType: "client_credentials" | "authorization_code";
                                    clientId: string;
                                    /** @description masked: `********`, plus its last 4 characters when it has 16 or more */
                                    clientSecret: string;
                                    /** @description whether the secret is set */
                                    hasClientSecret: boolean;
                                    authorizationUrl?: string;
                                    accessTokenUrl: string;
                                    refreshTokenUrl?: string;
                                    scope?: string;
                                    testConnectionUrl: string;
                                    /** @description masked: `********`, plus its last 4 characters when it has 16 or more */
                                    refreshToken?: string;
                                    /** @description whether the secret is set */
                                    hasRefreshToken: boolean;
                                    /** @description the last access token obtained, masked */
                                    accessToken?: string;
                                    /** @description whether the secret is set */
                                    hasAccessToken: boolean;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A connection, secrets masked */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            /** @enum {unknown} */
                            target: "webhook" | "advanced_webhook";
                            url: string;
                            /** @description custom headers, values possibly with replacement tokens */
                            headers: {
                                [key: string]: string;
                            };
                            /** @enum {unknown} */
                            contentType: "application/json" | "application/x-www-form-urlencoded";
                            /** @enum {unknown} */
                            method: "POST" | "GET";
                            timeoutMs: number;
                            followRedirects: boolean;
                            maxConcurrent: number;
                            /** @description null: no limit */
                            requestsPerSecond: number | null;
                            maxRetries: number;
                            /** @description masked: `********`, plus its last 4 characters when it has 16 or more */
                            signingSecret: string;
                            /** @description whether the secret is set */
                            hasSigningSecret: boolean;
                            /** @description the authentication, secrets masked */
                            auth: {
                                /** @enum {unknown} */
                                type: "none";
                            } | {
                                /** @enum {unknown} */
                                type: "basic";
                                username: string;
                                /** @description masked: `********`, plus its last 4 characters when it has 16 or more */
                                password: string;
                                /** @description whether the secret is set */
                                hasPassword: boolean;
                            } | {
                                /** @enum {unknown} */
                                type: "api_key";
                                /** @description masked: `********`, plus its last 4 characters when it has 16 or more */
                                key: string;
                                /** @description whether the secret is set */
                                hasKey: boolean;
                                /** @enum {unknown} */
                                placement: "header" | "query";
                                name: string;
                            } | {
                                /** @enum {unknown} */
                                type: "oauth2";
                                /** @enum {unknown} */
                                grantType: "client_credentials" | "authorization_code";
                                clientId: string;
                                /** @description masked: `********`, plus its last 4 characters when it has 16 or more */
                                clientSecret: string;
                                /** @description whether the secret is set */
                                hasClientSecret: boolean;
                                authorizationUrl?: string;
                                accessTokenUrl: string;
                                refreshTokenUrl?: string;
                                scope?: string;
                                testConnectionUrl: string;
                                /** @description masked: `********`, plus its last 4 characters when it has 16 or more */
                                refreshToken?: string;
                                /** @description whether the secret is set */
                                hasRefreshToken: boolean;
                                /** @description the last access token obtained, masked */
                                accessToken?: string;
                                /** @description whether the secret is set */
                                hasAccessToken: boolean;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Create or update a connection
         * @description A field left out keeps its value; so does a secret left out or sent back masked, while the auth type stays the same.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description webhook by default
                         * @enum {unknown}
                         */
                        target?: "webhook" | "advanced_webhook";
                        /** @description the endpoint Hookflow sends data to; its path and query may hold replacement tokens, mapping sources in brackets ([registration.code], [profile.email]), filled in and percent-encoded at each attempt; never in the scheme or host */
                        url?: string;
                        /** @description custom headers sent with every request, replacing the set as a whole; values may hold replacement tokens. Settings, not secrets: shown as they are (credentials belong in auth). A flow's header mapping wins over a custom header of the same name */
                        headers?: {
                            [key: string]: string;
                        };
                        /**
                         * @description application/json by default
                         * @enum {unknown}
                         */
                        contentType?: "application/json" | "application/x-www-form-urlencoded";
                        /**
                         * @description POST by default
                         * @enum {unknown}
                         */
                        method?: "POST" | "GET";
                        /** @description 10000 by default */
                        timeoutMs?: number;
                        /** @description false by default */
                        followRedirects?: boolean;
                        /** @description requests in flight at once; 8 by default */
                        maxConcurrent?: number;
                        /** @description null (no limit) by default */
                        requestsPerSecond?: number | null;
                        /** @description automatic retries after a failure; 3 by default */
                        maxRetries?: number;
                        /** @description whsec_ + base64 of 24 or more random bytes; generated when not given */
                        signingSecret?: string;
                        /** @description Open / No Auth (`{ "type": "none" }`) when a connection is created without it */
                        auth?: {
                            /** @enum {unknown} */
                            type?: "none";
                        } | {
                            /** @enum {unknown} */
                            type: "basic";
                            username: string;
                            password?: string;
                        } | {
                            /** @enum {unknown} */
                            type: "api_key";
                            key?: string;
                            /**
                             * @description sent as a header, or as a query parameter
                             * @enum {unknown}
                             */
                            placement: "header" | "query";
                            /** @description the header (Authorization, X-API-Key...) or query parameter name; the key is its whole value */
                            name: string;
                        } | {
                            /** @enum {unknown} */
                            type: "oauth2";
                            /** @enum {unknown} */
                            grantType: "client_credentials" | "authorization_code";
                            clientId: string;
                            clientSecret?: string;
                            /**
                             * Format: uri
                             * @description required for authorization_code
                             */
                            authorizationUrl?: string;
                            /** Format: uri */
                            accessTokenUrl: string;
                            /**
                             * Format: uri
                             * @description the access token URL when not given
                             */
                            refreshTokenUrl?: string;
                            scope?: string;
                            /** Format: uri */
                            testConnectionUrl: string;
                            /** @description authorization_code only: the refresh token the authorization step yielded */
                            refreshToken?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            /** @enum {unknown} */
                            target: "webhook" | "advanced_webhook";
                            url: string;
                            /** @description custom headers, values possibly with replacement tokens */
                            headers: {
                                [key: string]: string;
                            };
                            /** @enum {unknown} */
                            contentType: "application/json" | "application/x-www-form-urlencoded";
                            /** @enum {unknown} */
                            method: "POST" | "GET";
                            timeoutMs: number;
                            followRedirects: boolean;
                            maxConcurrent: number;
                            /** @description null: no limit */
                            requestsPerSecond: number | null;
                            maxRetries: number;
                            /** @description masked: `********`, plus its last 4 characters when it has 16 or more */
                            signingSecret: string;
                            /** @description whether the secret is set */
                            hasSigningSecret: boolean;
                            /** @description the authentication, secrets masked */
                            auth: {
                                /** @enum {unknown} */
                                type: "none";
                            } | {
                                /** @enum {unknown} */
                                type: "basic";
                                username: string;
                                /** @description masked: `********`, plus its last 4 characters when it has 16 or more */
                                password: string;
                                /** @description whether the secret is set */
                                hasPassword: boolean;
                            } | {
                                /** @enum {unknown} */
                                type: "api_key";
                                /** @description masked: `********`, plus its last 4 characters when it has 16 or more */
                                key: string;
                                /** @description whether the secret is set */
                                hasKey: boolean;
                                /** @enum {unknown} */
                                placement: "header" | "query";
                                name: string;
                            } | {
                                /** @enum {unknown} */
                                type: "oauth2";
                                /** @enum {unknown} */
                                grantType: "client_credentials" | "authorization_code";
                                clientId: string;
                                /** @description masked: `********`, plus its last 4 characters when it has 16 or more */
                                clientSecret: string;
                                /** @description whether the secret is set */
                                hasClientSecret: boolean;
                                authorizationUrl?: string;
                                accessTokenUrl: string;
                                refreshTokenUrl?: string;
                                scope?: string;
                                testConnectionUrl: string;
                                /** @description masked: `********`, plus its last 4 characters when it has 16 or more */
                                refreshToken?: string;
                                /** @description whether the secret is set */
                                hasRefreshToken: boolean;
                                /** @description the last access token obtained, masked */
                                accessToken?: string;
                                /** @description whether the secret is set */
                                hasAccessToken: boolean;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            /** @enum {unknown} */
                            target: "webhook" | "advanced_webhook";
                            url: string;
                            /** @description custom headers, values possibly with replacement tokens */
                            headers: {
                                [key: string]: string;
                            };
                            /** @enum {unknown} */
                            contentType: "application/json" | "application/x-www-form-urlencoded";
                            /** @enum {unknown} */
                            method: "POST" | "GET";
                            timeoutMs: number;
                            followRedirects: boolean;
                            maxConcurrent: number;
                            /** @description null: no limit */
                            requestsPerSecond: number | null;
                            maxRetries: number;
                            /** @description masked: `********`, plus its last 4 characters when it has 16 or more */
                            signingSecret: string;
                            /** @description whether the secret is set */
                            hasSigningSecret: boolean;
                            /** @description the authentication, secrets masked */
                            auth: {
                                /** @enum {unknown} */
                                type: "none";
                            } | {
                                /** @enum {unknown} */
                                type: "basic";
                                username: string;
                                /** @description masked: `********`, plus its last 4 characters when it has 16 or more */
                                password: string;
                                /** @description whether the secret is set */
                                hasPassword: boolean;
                            } | {
                                /** @enum {unknown} */
                                type: "api_key";
                                /** @description masked: `********`, plus its last 4 characters when it has 16 or more */
                                key: string;
                                /** @description whether the secret is set */
                                hasKey: boolean;
                                /** @enum {unknown} */
                                placement: "header" | "query";
                                name: string;
                            } | {
                                /** @enum {unknown} */
                                type: "oauth2";
                                /** @enum {unknown} */
                                grantType: "client_credentials" | "authorization_code";
                                clientId: string;
                                /** @description masked: `********`, plus its last 4 characters when it has 16 or more */
                                clientSecret: string;
                                /** @description whether the secret is set */
                                hasClientSecret: boolean;
                                authorizationUrl?: string;
                                accessTokenUrl: string;
                                refreshTokenUrl?: string;
                                scope?: string;
                                testConnectionUrl: string;
                                /** @description masked: `********`, plus its last 4 characters when it has 16 or more */
                                refreshToken?: string;
                                /** @description whether the secret is set */
                                hasRefreshToken: boolean;
                                /** @description the last access token obtained, masked */
                                accessToken?: string;
                                /** @description whether the secret is set */
                                hasAccessToken: boolean;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a connection */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{name}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Save & Test: one real request to the saved connection
         * @description Answers { ok: true, status, durationMs, request } or { ok: false, failure: { kind: dns|refused|tls|timeout|http|oauth, message }, durationMs, request }.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            ok: true;
                            /** @description the target's HTTP status */
                            status: number;
                            durationMs: number;
                            /** @description the request made: replacement tokens as written, an API key in the query redacted; absent when the test failed before it (an OAuth2 token refused) */
                            request?: {
                                /** @enum {unknown} */
                                method: "GET" | "POST";
                                url: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            ok: false;
                            failure: {
                                /** @enum {unknown} */
                                kind: "dns" | "refused" | "tls" | "timeout" | "http" | "oauth";
                                message: string;
                                status?: number;
                                /** @description the first lines of the answer */
                                body?: string;
                            };
                            durationMs: number;
                            /** @description the request made: replacement tokens as written, an API key in the query redacted; absent when the test failed before it (an OAuth2 token refused) */
                            request?: {
                                /** @enum {unknown} */
                                method: "GET" | "POST";
                                url: string;
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Named mappings, reusable across flows */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            mappings: ({
                                /** @enum {unknown} */
                                root: "object" | "array_of_objects";
                                each?: string;
                                fields: {
                                    [key: string]: unknown;
                                }[];
                                name: string;
                                /** @description bumped by every change: flows render with the latest */
                                version: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mappings/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A mapping */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            root: "object" | "array_of_objects";
                            each?: string;
                            fields: {
                                [key: string]: unknown;
                            }[];
                            name: string;
                            /** @description bumped by every change: flows render with the latest */
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Create or replace a mapping; every problem is reported with its path */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description array_of_objects only if the payload starts with [
                         * @default object
                         * @enum {unknown}
                         */
                        root?: "object" | "array_of_objects";
                        /** @description for a root array of objects: the list source it iterates */
                        each?: string;
                        fields: components["schemas"]["field"][];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            root: "object" | "array_of_objects";
                            each?: string;
                            fields: {
                                [key: string]: unknown;
                            }[];
                            name: string;
                            /** @description bumped by every change: flows render with the latest */
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            root: "object" | "array_of_objects";
                            each?: string;
                            fields: {
                                [key: string]: unknown;
                            }[];
                            name: string;
                            /** @description bumped by every change: flows render with the latest */
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a mapping no flow uses */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mappings/parse-sample": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** "Parse JSON": a pasted sample payload becomes the target fields, with their types */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        sample: string;
                    };
                };
            };
            responses: {
                /** @description the mapping the sample suggests: its fields, with their types */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            root: "object" | "array_of_objects";
                            each?: string;
                            fields: {
                                [key: string]: unknown;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mapping-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The source fields a mapping can use, grouped as the guide lists them */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sources: {
                                id: string;
                                label: string;
                                group: string;
                                /** @description for `item.*`: the list source the enclosing array must iterate */
                                list?: string;
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mappings/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Preview Mapping: render a saved or unsaved mapping against a registration, an event, or a sample context */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        mapping?: {
                            /**
                             * @description array_of_objects only if the payload starts with [
                             * @default object
                             * @enum {unknown}
                             */
                            root?: "object" | "array_of_objects";
                            /** @description for a root array of objects: the list source it iterates */
                            each?: string;
                            fields: components["schemas"]["field"][];
                        };
                        name?: string;
                        registrationCode?: string;
                        eventCode?: string;
                        sample?: Record<string, never>;
                        flowName?: string;
                        /** @enum {unknown} */
                        method?: "POST" | "GET";
                        /** @enum {unknown} */
                        contentType?: "application/json" | "application/x-www-form-urlencoded";
                        /** @enum {unknown} */
                        as?: "payload" | "headers";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            ok: true;
                            /** @description the rendered payload */
                            value: unknown;
                            /** @description the body as sent; null for a GET */
                            body: string | null;
                            /** @description for a GET: the query string the payload becomes */
                            query?: string;
                        } | {
                            /** @enum {unknown} */
                            ok: true;
                            /** @description a header mapping: the headers it renders */
                            headers: {
                                [key: string]: string;
                            };
                        } | {
                            /** @enum {unknown} */
                            ok: false;
                            errors: {
                                code: string;
                                /** @description a JSON pointer into the target payload */
                                path: string;
                                message: string;
                                /** @enum {unknown} */
                                category: "validation";
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/tail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A live tail of your deliveries’ status changes (Server-Sent Events), filtered as the list is
         * @description Each change is an event `delivery` whose data is `{ deliveryId, status, attempt, category, message, abandoned, at, flow, connection, changeId }`: a delivery received, then each attempt’s outcome (delivered, retrying, failed). Its id is a cursor: reconnecting with `Last-Event-ID` (or `lastEventId`, for clients that cannot send headers) resumes after it, none missed, none twice. Without one, the tail starts now. The filters are those of GET /deliveries: status, queue and category apply to each change, the others to its delivery. Comments are sent as heartbeats.
         */
        get: {
            parameters: {
                query?: {
                    status?: "received" | "processing" | "retrying" | "delivered" | "failed";
                    queue?: "Retry" | "Error" | "Failed" | "Done";
                    /** @description only what is or was in the Retry Queue: retrying or failed, or delivered after more than one attempt (Done, in the queue) */
                    retryQueue?: boolean;
                    category?: "connection" | "config" | "validation" | "system" | "platform_api";
                    flow?: string;
                    connection?: string;
                    changeId?: number;
                    /** @description received at or after: the time the delivery's change was received (the history's timestamp), any offset */
                    from?: string;
                    /** @description received before (exclusive): the time the delivery's change was received */
                    to?: string;
                    /** @description the change's kind (the guide's event type) */
                    eventType?: "registration.created" | "registration.updated" | "registration.status_changed" | "session_registration.status_changed" | "event.created" | "event.updated" | "session.created" | "session.updated";
                    eventCode?: string;
                    /** @description the source record: a registration, with its session registrations */
                    registrationCode?: string;
                    /** @description resume after this event id; the Last-Event-ID header wins */
                    lastEventId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the stream */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event history and the retry queue: filter by date range, status, queue status (Retry, Error, Failed, Done), category, event type, event, source record, flow, connection */
        get: {
            parameters: {
                query?: {
                    status?: "received" | "processing" | "retrying" | "delivered" | "failed";
                    queue?: "Retry" | "Error" | "Failed" | "Done";
                    /** @description only what is or was in the Retry Queue: retrying or failed, or delivered after more than one attempt (Done, in the queue) */
                    retryQueue?: boolean;
                    category?: "connection" | "config" | "validation" | "system" | "platform_api";
                    flow?: string;
                    connection?: string;
                    changeId?: number;
                    stuck?: boolean;
                    /** @description received at or after: the time the delivery's change was received (the history's timestamp), any offset */
                    from?: string;
                    /** @description received before (exclusive): the time the delivery's change was received */
                    to?: string;
                    /** @description the change's kind (the guide's event type) */
                    eventType?: "registration.created" | "registration.updated" | "registration.status_changed" | "session_registration.status_changed" | "event.created" | "event.updated" | "session.created" | "session.updated";
                    eventCode?: string;
                    /** @description the source record: a registration, with its session registrations */
                    registrationCode?: string;
                    /** @description by the time the change was received, then by id */
                    order?: "oldest" | "newest";
                    /** @description a page's nextCursor: the page after it, in the same order */
                    cursor?: string;
                    /** @description only deliveries with a greater id */
                    after?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deliveries: {
                                id: number;
                                accountId: number;
                                changeId: number;
                                flowId: number;
                                flow: string | null;
                                destination: string;
                                connection: string;
                                orderingKey: string;
                                /** @enum {unknown} */
                                status: "received" | "processing" | "retrying" | "delivered" | "failed";
                                /** @enum {string|null} */
                                queueStatus: "Retry" | "Error" | "Failed" | "Done" | null;
                                /** @description Processing for longer than 15 minutes */
                                stuck: boolean;
                                priority: number;
                                attempts: number;
                                retries: number;
                                /** Format: date-time */
                                nextAttemptAt: string;
                                /** @enum {string|null} */
                                failureCategory: "connection" | "config" | "validation" | "system" | "platform_api" | null;
                                failureMessage: string | null;
                                abandoned: boolean;
                                /** Format: date-time */
                                deliveredAt: string | null;
                                /** @description the destination record, once delivered (when the target says) */
                                targetRecordId: string | null;
                                /**
                                 * Format: date-time
                                 * @description when the delivery's change was received: the history's timestamp
                                 */
                                receivedAt: string;
                                /**
                                 * @description the change's kind
                                 * @enum {string|null}
                                 */
                                eventType: "registration.created" | "registration.updated" | "registration.status_changed" | "session_registration.status_changed" | "event.created" | "event.updated" | "session.created" | "session.updated" | null;
                                /** @description the changed record's code (a session registration's is `registration/session`) */
                                sourceRecord: string | null;
                                eventCode: string;
                                isTest: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            /** @description pass as `cursor` for the next page; null after the last */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A delivery in detail: its change, the payload, every attempt, its status history, and what to do if it is failing */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            accountId: number;
                            changeId: number;
                            flowId: number;
                            flow: string | null;
                            destination: string;
                            connection: string;
                            orderingKey: string;
                            /** @enum {unknown} */
                            status: "received" | "processing" | "retrying" | "delivered" | "failed";
                            /** @enum {string|null} */
                            queueStatus: "Retry" | "Error" | "Failed" | "Done" | null;
                            /** @description Processing for longer than 15 minutes */
                            stuck: boolean;
                            priority: number;
                            attempts: {
                                number: number;
                                /** Format: date-time */
                                startedAt: string;
                                durationMs: number;
                                /** @enum {unknown} */
                                outcome: "delivered" | "failed";
                                /**
                                 * @description what the attempt left its delivery as
                                 * @enum {string|null}
                                 */
                                result: "delivered" | "retrying" | "failed" | "abandoned" | null;
                                /** @description the status the target answered */
                                httpStatus: number | null;
                                /**
                                 * @description what the attempt most likely ran into
                                 * @enum {string|null}
                                 */
                                cause: "credentials" | "url_changed" | "target_down" | "target_api_changed" | "rate_limited" | "mapping" | "configuration" | "source_missing" | "internal" | null;
                                /** @enum {string|null} */
                                failureCategory: "connection" | "config" | "validation" | "system" | "platform_api" | null;
                                failureMessage: string | null;
                                /** @description what was sent; null when nothing was */
                                request: {
                                    url: string;
                                    method: string;
                                    /** @description secrets redacted */
                                    headers: {
                                        [key: string]: string;
                                    };
                                    body: string;
                                } | "expired" | null;
                                /** @description what came back; null when no answer came */
                                response: {
                                    status: number;
                                    headers: {
                                        [key: string]: string;
                                    };
                                    /** @description the first 64 KiB */
                                    body: string;
                                    truncated: boolean;
                                } | "expired" | null;
                                /** @description what the attempt could not do with the answer (a write-back skipped: not JSON, a field missing), one line each */
                                note: string | null;
                            }[];
                            retries: number;
                            /** Format: date-time */
                            nextAttemptAt: string;
                            /** @enum {string|null} */
                            failureCategory: "connection" | "config" | "validation" | "system" | "platform_api" | null;
                            failureMessage: string | null;
                            abandoned: boolean;
                            /** Format: date-time */
                            deliveredAt: string | null;
                            /** @description the destination record, once delivered (when the target says) */
                            targetRecordId: string | null;
                            /**
                             * Format: date-time
                             * @description when the delivery's change was received: the history's timestamp
                             */
                            receivedAt: string;
                            /**
                             * @description the change's kind
                             * @enum {string|null}
                             */
                            eventType: "registration.created" | "registration.updated" | "registration.status_changed" | "session_registration.status_changed" | "event.created" | "event.updated" | "session.created" | "session.updated" | null;
                            /** @description the changed record's code (a session registration's is `registration/session`) */
                            sourceRecord: string | null;
                            eventCode: string;
                            isTest: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description the body last sent; "expired" past payload retention; null when nothing was sent yet */
                            payload: string | null;
                            /** @description what the delivery is about (kept while the delivery is) */
                            change: {
                                id: number;
                                /** @enum {unknown} */
                                kind: "registration.created" | "registration.updated" | "registration.status_changed" | "session_registration.status_changed" | "event.created" | "event.updated" | "session.created" | "session.updated";
                                sourceRecord: string;
                                eventCode: string;
                                isTest: boolean;
                                /** Format: date-time */
                                receivedAt: string;
                                /** @description the record before the change; null when it was new */
                                before: {
                                    [key: string]: unknown;
                                } | null;
                                after: {
                                    [key: string]: unknown;
                                };
                            } | null;
                            /** @description Received, then each attempt: Processing, then Retrying, Delivered or Failed; oldest first */
                            statusHistory: {
                                /** @enum {unknown} */
                                status: "received" | "processing" | "retrying" | "delivered" | "failed";
                                /** Format: date-time */
                                at: string;
                                attempt?: number;
                                /** @description the failure that made it retry or fail, or a submission by hand */
                                detail?: string;
                            }[];
                            /** @description for a delivery not delivered whose latest attempt failed: what went wrong, in plain words, and what to do */
                            problem: {
                                /** @enum {unknown} */
                                cause: "credentials" | "url_changed" | "target_down" | "target_api_changed" | "rate_limited" | "mapping" | "configuration" | "source_missing" | "internal";
                                likely: string;
                                whatToDo: string;
                                message: string;
                                /** @enum {unknown} */
                                category: "connection" | "config" | "validation" | "system" | "platform_api";
                                httpStatus: number | null;
                            } | null;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/{id}/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** "Submit to Retry Queue": straight to the front of the queue */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description how many deliveries went back to the queue */
                            resubmitted: number;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resubmit every failed or retrying delivery matching a filter (within your account) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        status?: "received" | "processing" | "retrying" | "delivered" | "failed";
                        /** @enum {unknown} */
                        queue?: "Retry" | "Error" | "Failed" | "Done";
                        /** @description only what is or was in the Retry Queue: retrying or failed, or delivered after more than one attempt (Done, in the queue) */
                        retryQueue?: boolean;
                        /** @enum {unknown} */
                        category?: "connection" | "config" | "validation" | "system" | "platform_api";
                        flow?: string;
                        connection?: string;
                        changeId?: number;
                        stuck?: boolean;
                        /**
                         * Format: date-time
                         * @description received at or after: the time the delivery's change was received (the history's timestamp), any offset
                         */
                        from?: string;
                        /**
                         * Format: date-time
                         * @description received before (exclusive): the time the delivery's change was received
                         */
                        to?: string;
                        /**
                         * @description the change's kind (the guide's event type)
                         * @enum {unknown}
                         */
                        eventType?: "registration.created" | "registration.updated" | "registration.status_changed" | "session_registration.status_changed" | "event.created" | "event.updated" | "session.created" | "session.updated";
                        eventCode?: string;
                        /** @description the source record: a registration, with its session registrations */
                        registrationCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description how many deliveries went back to the queue */
                            resubmitted: number;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/resubmit/estimate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How many deliveries a resubmit of this filter would take now (failed or retrying, within your account) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        status?: "received" | "processing" | "retrying" | "delivered" | "failed";
                        /** @enum {unknown} */
                        queue?: "Retry" | "Error" | "Failed" | "Done";
                        /** @description only what is or was in the Retry Queue: retrying or failed, or delivered after more than one attempt (Done, in the queue) */
                        retryQueue?: boolean;
                        /** @enum {unknown} */
                        category?: "connection" | "config" | "validation" | "system" | "platform_api";
                        flow?: string;
                        connection?: string;
                        changeId?: number;
                        stuck?: boolean;
                        /**
                         * Format: date-time
                         * @description received at or after: the time the delivery's change was received (the history's timestamp), any offset
                         */
                        from?: string;
                        /**
                         * Format: date-time
                         * @description received before (exclusive): the time the delivery's change was received
                         */
                        to?: string;
                        /**
                         * @description the change's kind (the guide's event type)
                         * @enum {unknown}
                         */
                        eventType?: "registration.created" | "registration.updated" | "registration.status_changed" | "session_registration.status_changed" | "event.created" | "event.updated" | "session.created" | "session.updated";
                        eventCode?: string;
                        /** @description the source record: a registration, with its session registrations */
                        registrationCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bulk-resubmits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your bulk resubmits, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bulkResubmits: {
                                id: number;
                                /** @enum {unknown} */
                                status: "queued" | "running" | "done" | "cancelled" | "failed";
                                filter: {
                                    /** @enum {unknown} */
                                    status?: "received" | "processing" | "retrying" | "delivered" | "failed";
                                    /** @enum {unknown} */
                                    queue?: "Retry" | "Error" | "Failed" | "Done";
                                    /** @description only what is or was in the Retry Queue: retrying or failed, or delivered after more than one attempt (Done, in the queue) */
                                    retryQueue?: boolean;
                                    /** @enum {unknown} */
                                    category?: "connection" | "config" | "validation" | "system" | "platform_api";
                                    flow?: string;
                                    connection?: string;
                                    changeId?: number;
                                    stuck?: boolean;
                                    /**
                                     * Format: date-time
                                     * @description received at or after: the time the delivery's change was received (the history's timestamp), any offset
                                     */
                                    from?: string;
                                    /**
                                     * Format: date-time
                                     * @description received before (exclusive): the time the delivery's change was received
                                     */
                                    to?: string;
                                    /**
                                     * @description the change's kind (the guide's event type)
                                     * @enum {unknown}
                                     */
                                    eventType?: "registration.created" | "registration.updated" | "registration.status_changed" | "session_registration.status_changed" | "event.created" | "event.updated" | "session.created" | "session.updated";
                                    eventCode?: string;
                                    /** @description the source record: a registration, with its session registrations */
                                    registrationCode?: string;
                                };
                                /** @description the deliveries the filter matched when the job was created: the job takes these and no others */
                                total: number;
                                processed: number;
                                /** @description of those processed, the ones put back in the queue (the others had been delivered meanwhile) */
                                resubmitted: number;
                                createdAt: string;
                                updatedAt: string;
                                startedAt: string | null;
                                finishedAt: string | null;
                                /** @description why the last batch of a failed job failed */
                                error: string | null;
                            }[];
                            /** @description the next page, as `cursor` */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Resubmit every delivery a filter matches, as a background job
         * @description The deliveries are those the filter matches now (as the estimate counts them): one failing later is not swept in. Each goes to the front of the queue if it still is failed or retrying when its batch comes. 202 with the job; follow it at its location.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        status?: "received" | "processing" | "retrying" | "delivered" | "failed";
                        /** @enum {unknown} */
                        queue?: "Retry" | "Error" | "Failed" | "Done";
                        /** @description only what is or was in the Retry Queue: retrying or failed, or delivered after more than one attempt (Done, in the queue) */
                        retryQueue?: boolean;
                        /** @enum {unknown} */
                        category?: "connection" | "config" | "validation" | "system" | "platform_api";
                        flow?: string;
                        connection?: string;
                        changeId?: number;
                        stuck?: boolean;
                        /**
                         * Format: date-time
                         * @description received at or after: the time the delivery's change was received (the history's timestamp), any offset
                         */
                        from?: string;
                        /**
                         * Format: date-time
                         * @description received before (exclusive): the time the delivery's change was received
                         */
                        to?: string;
                        /**
                         * @description the change's kind (the guide's event type)
                         * @enum {unknown}
                         */
                        eventType?: "registration.created" | "registration.updated" | "registration.status_changed" | "session_registration.status_changed" | "event.created" | "event.updated" | "session.created" | "session.updated";
                        eventCode?: string;
                        /** @description the source record: a registration, with its session registrations */
                        registrationCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {unknown} */
                            status: "queued" | "running" | "done" | "cancelled" | "failed";
                            filter: {
                                /** @enum {unknown} */
                                status?: "received" | "processing" | "retrying" | "delivered" | "failed";
                                /** @enum {unknown} */
                                queue?: "Retry" | "Error" | "Failed" | "Done";
                                /** @description only what is or was in the Retry Queue: retrying or failed, or delivered after more than one attempt (Done, in the queue) */
                                retryQueue?: boolean;
                                /** @enum {unknown} */
                                category?: "connection" | "config" | "validation" | "system" | "platform_api";
                                flow?: string;
                                connection?: string;
                                changeId?: number;
                                stuck?: boolean;
                                /**
                                 * Format: date-time
                                 * @description received at or after: the time the delivery's change was received (the history's timestamp), any offset
                                 */
                                from?: string;
                                /**
                                 * Format: date-time
                                 * @description received before (exclusive): the time the delivery's change was received
                                 */
                                to?: string;
                                /**
                                 * @description the change's kind (the guide's event type)
                                 * @enum {unknown}
                                 */
                                eventType?: "registration.created" | "registration.updated" | "registration.status_changed" | "session_registration.status_changed" | "event.created" | "event.updated" | "session.created" | "session.updated";
                                eventCode?: string;
                                /** @description the source record: a registration, with its session registrations */
                                registrationCode?: string;
                            };
                            /** @description the deliveries the filter matched when the job was created: the job takes these and no others */
                            total: number;
                            processed: number;
                            /** @description of those processed, the ones put back in the queue (the others had been delivered meanwhile) */
                            resubmitted: number;
                            createdAt: string;
                            updatedAt: string;
                            startedAt: string | null;
                            finishedAt: string | null;
                            /** @description why the last batch of a failed job failed */
                            error: string | null;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bulk-resubmits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A bulk resubmit and its progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {unknown} */
                            status: "queued" | "running" | "done" | "cancelled" | "failed";
                            filter: {
                                /** @enum {unknown} */
                                status?: "received" | "processing" | "retrying" | "delivered" | "failed";
                                /** @enum {unknown} */
                                queue?: "Retry" | "Error" | "Failed" | "Done";
                                /** @description only what is or was in the Retry Queue: retrying or failed, or delivered after more than one attempt (Done, in the queue) */
                                retryQueue?: boolean;
                                /** @enum {unknown} */
                                category?: "connection" | "config" | "validation" | "system" | "platform_api";
                                flow?: string;
                                connection?: string;
                                changeId?: number;
                                stuck?: boolean;
                                /**
                                 * Format: date-time
                                 * @description received at or after: the time the delivery's change was received (the history's timestamp), any offset
                                 */
                                from?: string;
                                /**
                                 * Format: date-time
                                 * @description received before (exclusive): the time the delivery's change was received
                                 */
                                to?: string;
                                /**
                                 * @description the change's kind (the guide's event type)
                                 * @enum {unknown}
                                 */
                                eventType?: "registration.created" | "registration.updated" | "registration.status_changed" | "session_registration.status_changed" | "event.created" | "event.updated" | "session.created" | "session.updated";
                                eventCode?: string;
                                /** @description the source record: a registration, with its session registrations */
                                registrationCode?: string;
                            };
                            /** @description the deliveries the filter matched when the job was created: the job takes these and no others */
                            total: number;
                            processed: number;
                            /** @description of those processed, the ones put back in the queue (the others had been delivered meanwhile) */
                            resubmitted: number;
                            createdAt: string;
                            updatedAt: string;
                            startedAt: string | null;
                            finishedAt: string | null;
                            /** @description why the last batch of a failed job failed */
                            error: string | null;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bulk-resubmits/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop a queued or running bulk resubmit after its current batch (409 once it has finished) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {unknown} */
                            status: "queued" | "running" | "done" | "cancelled" | "failed";
                            filter: {
                                /** @enum {unknown} */
                                status?: "received" | "processing" | "retrying" | "delivered" | "failed";
                                /** @enum {unknown} */
                                queue?: "Retry" | "Error" | "Failed" | "Done";
                                /** @description only what is or was in the Retry Queue: retrying or failed, or delivered after more than one attempt (Done, in the queue) */
                                retryQueue?: boolean;
                                /** @enum {unknown} */
                                category?: "connection" | "config" | "validation" | "system" | "platform_api";
                                flow?: string;
                                connection?: string;
                                changeId?: number;
                                stuck?: boolean;
                                /**
                                 * Format: date-time
                                 * @description received at or after: the time the delivery's change was received (the history's timestamp), any offset
                                 */
                                from?: string;
                                /**
                                 * Format: date-time
                                 * @description received before (exclusive): the time the delivery's change was received
                                 */
                                to?: string;
                                /**
                                 * @description the change's kind (the guide's event type)
                                 * @enum {unknown}
                                 */
                                eventType?: "registration.created" | "registration.updated" | "registration.status_changed" | "session_registration.status_changed" | "event.created" | "event.updated" | "session.created" | "session.updated";
                                eventCode?: string;
                                /** @description the source record: a registration, with its session registrations */
                                registrationCode?: string;
                            };
                            /** @description the deliveries the filter matched when the job was created: the job takes these and no others */
                            total: number;
                            processed: number;
                            /** @description of those processed, the ones put back in the queue (the others had been delivered meanwhile) */
                            resubmitted: number;
                            createdAt: string;
                            updatedAt: string;
                            startedAt: string | null;
                            finishedAt: string | null;
                            /** @description why the last batch of a failed job failed */
                            error: string | null;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{name}/replays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A flow's replays, newest first (the last 100) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            replays: {
                                id: number;
                                flowId: number;
                                /** @description the flow's name (on the flow's own routes) */
                                flow?: string;
                                /** Format: date-time */
                                from: string | null;
                                /** Format: date-time */
                                to: string | null;
                                eventCode: string | null;
                                /**
                                 * @description `changes`: past changes; `sessions`: every session of the event, once each (the mass action)
                                 * @enum {unknown}
                                 */
                                subjects: "changes" | "sessions";
                                /** @enum {unknown} */
                                status: "running" | "done" | "cancelled" | "failed";
                                /** @description the changes it covers (over sessions: one per session) */
                                total: number;
                                /** @description the changes evaluated so far */
                                processed: number;
                                /** @description the changes the flow acted on */
                                triggered: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Replay a flow over past changes (a date range and/or an event), or over every session of an event, with its current configuration
         * @description 201 with the replay started. An identical request (same flow, from, to and eventCode) while one runs answers 200 with the running one, even when both arrive at the same instant. Once an identical replay has completed, the request is refused with 409 naming it, unless `force` is true (which never starts a second one while one runs).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        from?: string;
                        /** Format: date-time */
                        to?: string;
                        eventCode?: string;
                        /**
                         * @description `sessions`: the mass action, a session flow sent again for every session of `eventCode` as it is now (its latest change), for a tag added after the sync began; no from/to
                         * @enum {unknown}
                         */
                        subjects?: "changes" | "sessions";
                        /** @description replay again changes that an identical, completed replay has already sent */
                        force?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            flowId: number;
                            /** @description the flow's name (on the flow's own routes) */
                            flow?: string;
                            /** Format: date-time */
                            from: string | null;
                            /** Format: date-time */
                            to: string | null;
                            eventCode: string | null;
                            /**
                             * @description `changes`: past changes; `sessions`: every session of the event, once each (the mass action)
                             * @enum {unknown}
                             */
                            subjects: "changes" | "sessions";
                            /** @enum {unknown} */
                            status: "running" | "done" | "cancelled" | "failed";
                            /** @description the changes it covers (over sessions: one per session) */
                            total: number;
                            /** @description the changes evaluated so far */
                            processed: number;
                            /** @description the changes the flow acted on */
                            triggered: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            flowId: number;
                            /** @description the flow's name (on the flow's own routes) */
                            flow?: string;
                            /** Format: date-time */
                            from: string | null;
                            /** Format: date-time */
                            to: string | null;
                            eventCode: string | null;
                            /**
                             * @description `changes`: past changes; `sessions`: every session of the event, once each (the mass action)
                             * @enum {unknown}
                             */
                            subjects: "changes" | "sessions";
                            /** @enum {unknown} */
                            status: "running" | "done" | "cancelled" | "failed";
                            /** @description the changes it covers (over sessions: one per session) */
                            total: number;
                            /** @description the changes evaluated so far */
                            processed: number;
                            /** @description the changes the flow acted on */
                            triggered: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/replays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your replays of every flow, newest first, each with its flow */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            replays: {
                                id: number;
                                flowId: number;
                                /** @description the flow's name (on the flow's own routes) */
                                flow?: string;
                                /** Format: date-time */
                                from: string | null;
                                /** Format: date-time */
                                to: string | null;
                                eventCode: string | null;
                                /**
                                 * @description `changes`: past changes; `sessions`: every session of the event, once each (the mass action)
                                 * @enum {unknown}
                                 */
                                subjects: "changes" | "sessions";
                                /** @enum {unknown} */
                                status: "running" | "done" | "cancelled" | "failed";
                                /** @description the changes it covers (over sessions: one per session) */
                                total: number;
                                /** @description the changes evaluated so far */
                                processed: number;
                                /** @description the changes the flow acted on */
                                triggered: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/replays/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A replay and its progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            flowId: number;
                            /** @description the flow's name (on the flow's own routes) */
                            flow?: string;
                            /** Format: date-time */
                            from: string | null;
                            /** Format: date-time */
                            to: string | null;
                            eventCode: string | null;
                            /**
                             * @description `changes`: past changes; `sessions`: every session of the event, once each (the mass action)
                             * @enum {unknown}
                             */
                            subjects: "changes" | "sessions";
                            /** @enum {unknown} */
                            status: "running" | "done" | "cancelled" | "failed";
                            /** @description the changes it covers (over sessions: one per session) */
                            total: number;
                            /** @description the changes evaluated so far */
                            processed: number;
                            /** @description the changes the flow acted on */
                            triggered: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/replays/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop a running replay */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            flowId: number;
                            /** @description the flow's name (on the flow's own routes) */
                            flow?: string;
                            /** Format: date-time */
                            from: string | null;
                            /** Format: date-time */
                            to: string | null;
                            eventCode: string | null;
                            /**
                             * @description `changes`: past changes; `sessions`: every session of the event, once each (the mass action)
                             * @enum {unknown}
                             */
                            subjects: "changes" | "sessions";
                            /** @enum {unknown} */
                            status: "running" | "done" | "cancelled" | "failed";
                            /** @description the changes it covers (over sessions: one per session) */
                            total: number;
                            /** @description the changes evaluated so far */
                            processed: number;
                            /** @description the changes the flow acted on */
                            triggered: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fetch-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your fetch jobs */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fetchJobs: {
                                id: number;
                                name: string;
                                connection: string;
                                url: string;
                                /** @enum {unknown} */
                                method: "GET" | "POST";
                                headers: {
                                    [key: string]: string;
                                };
                                body: string | null;
                                schedule: {
                                    every?: number;
                                    cron?: string;
                                };
                                timeoutMs: number;
                                maxPages: number;
                                rateLimit: number | null;
                                pagination: {
                                    /** @enum {unknown} */
                                    type: "page" | "offset" | "cursor" | "next_link" | "link_header";
                                    first?: number;
                                    limit?: number;
                                    path?: string;
                                };
                                recordsPath: string;
                                /** @description the Jolt spec, or null */
                                transform: unknown;
                                /** @enum {unknown} */
                                target: "registrations" | "profiles" | "events";
                                checkpoint: {
                                    initial: string;
                                    /** @enum {unknown} */
                                    from: "records" | "body";
                                    path: string;
                                } | null;
                                /** @enum {unknown} */
                                state: "active" | "paused";
                                /** @description the checkpoint the next run starts from; null until a run succeeded (then the initial value) */
                                checkpointValue: string | null;
                                nextRunAt: string;
                                /** @description failed runs in a row */
                                failures: number;
                                lastRunId: number | null;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a fetch job; an active one runs at once, then on its schedule */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description the connection whose authentication the requests use (the SSRF guard applies to the address dialled) */
                        connection: string;
                        /** @description may use {{checkpoint}}, {{page}}, {{offset}}, {{limit}}, {{cursor}}, each percent-encoded */
                        url: string;
                        /**
                         * @default GET
                         * @enum {unknown}
                         */
                        method?: "GET" | "POST";
                        /**
                         * @description may use the placeholders
                         * @default {}
                         */
                        headers?: {
                            [key: string]: string;
                        };
                        /**
                         * @description a POST's body; the placeholders are written as the inside of a JSON string
                         * @default null
                         */
                        body?: string | null;
                        schedule: {
                            /** @description seconds between runs */
                            every?: number;
                            /** @description a cron expression, UTC */
                            cron?: string;
                        };
                        /** @default 10000 */
                        timeoutMs?: number;
                        /** @default 100 */
                        maxPages?: number;
                        /**
                         * @description requests per minute at most
                         * @default null
                         */
                        rateLimit?: number | null;
                        pagination: {
                            /** @enum {unknown} */
                            type: "page" | "offset" | "cursor" | "next_link" | "link_header";
                            /** @description page: the first page number (1 unless told) */
                            first?: number;
                            /** @description offset: the page size ({{limit}}) */
                            limit?: number;
                            /** @description cursor, next_link: where the cursor or the next URL is in the body */
                            path?: string;
                        };
                        /**
                         * @description a dotted path into the JSON (`data.items`); '' for the whole
                         * @default
                         */
                        recordsPath?: string;
                        /**
                         * @description a Jolt (chainr) spec applied to each record
                         * @default null
                         */
                        transform?: unknown[] | null;
                        /** @enum {unknown} */
                        target: "registrations" | "profiles" | "events";
                        /** @default null */
                        checkpoint?: {
                            initial: string;
                            /** @enum {unknown} */
                            from: "records" | "body";
                            /** @description a dotted path into the JSON (`data.items`); '' for the whole */
                            path: string;
                        } | null;
                        /**
                         * @default active
                         * @enum {unknown}
                         */
                        state?: "active" | "paused";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            connection: string;
                            url: string;
                            /** @enum {unknown} */
                            method: "GET" | "POST";
                            headers: {
                                [key: string]: string;
                            };
                            body: string | null;
                            schedule: {
                                every?: number;
                                cron?: string;
                            };
                            timeoutMs: number;
                            maxPages: number;
                            rateLimit: number | null;
                            pagination: {
                                /** @enum {unknown} */
                                type: "page" | "offset" | "cursor" | "next_link" | "link_header";
                                first?: number;
                                limit?: number;
                                path?: string;
                            };
                            recordsPath: string;
                            /** @description the Jolt spec, or null */
                            transform: unknown;
                            /** @enum {unknown} */
                            target: "registrations" | "profiles" | "events";
                            checkpoint: {
                                initial: string;
                                /** @enum {unknown} */
                                from: "records" | "body";
                                path: string;
                            } | null;
                            /** @enum {unknown} */
                            state: "active" | "paused";
                            /** @description the checkpoint the next run starts from; null until a run succeeded (then the initial value) */
                            checkpointValue: string | null;
                            nextRunAt: string;
                            /** @description failed runs in a row */
                            failures: number;
                            lastRunId: number | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fetch-jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A fetch job */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            connection: string;
                            url: string;
                            /** @enum {unknown} */
                            method: "GET" | "POST";
                            headers: {
                                [key: string]: string;
                            };
                            body: string | null;
                            schedule: {
                                every?: number;
                                cron?: string;
                            };
                            timeoutMs: number;
                            maxPages: number;
                            rateLimit: number | null;
                            pagination: {
                                /** @enum {unknown} */
                                type: "page" | "offset" | "cursor" | "next_link" | "link_header";
                                first?: number;
                                limit?: number;
                                path?: string;
                            };
                            recordsPath: string;
                            /** @description the Jolt spec, or null */
                            transform: unknown;
                            /** @enum {unknown} */
                            target: "registrations" | "profiles" | "events";
                            checkpoint: {
                                initial: string;
                                /** @enum {unknown} */
                                from: "records" | "body";
                                path: string;
                            } | null;
                            /** @enum {unknown} */
                            state: "active" | "paused";
                            /** @description the checkpoint the next run starts from; null until a run succeeded (then the initial value) */
                            checkpointValue: string | null;
                            nextRunAt: string;
                            /** @description failed runs in a row */
                            failures: number;
                            lastRunId: number | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Replace what a fetch job does (its checkpoint and history stay) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description the connection whose authentication the requests use (the SSRF guard applies to the address dialled) */
                        connection: string;
                        /** @description may use {{checkpoint}}, {{page}}, {{offset}}, {{limit}}, {{cursor}}, each percent-encoded */
                        url: string;
                        /**
                         * @default GET
                         * @enum {unknown}
                         */
                        method?: "GET" | "POST";
                        /**
                         * @description may use the placeholders
                         * @default {}
                         */
                        headers?: {
                            [key: string]: string;
                        };
                        /**
                         * @description a POST's body; the placeholders are written as the inside of a JSON string
                         * @default null
                         */
                        body?: string | null;
                        schedule: {
                            /** @description seconds between runs */
                            every?: number;
                            /** @description a cron expression, UTC */
                            cron?: string;
                        };
                        /** @default 10000 */
                        timeoutMs?: number;
                        /** @default 100 */
                        maxPages?: number;
                        /**
                         * @description requests per minute at most
                         * @default null
                         */
                        rateLimit?: number | null;
                        pagination: {
                            /** @enum {unknown} */
                            type: "page" | "offset" | "cursor" | "next_link" | "link_header";
                            /** @description page: the first page number (1 unless told) */
                            first?: number;
                            /** @description offset: the page size ({{limit}}) */
                            limit?: number;
                            /** @description cursor, next_link: where the cursor or the next URL is in the body */
                            path?: string;
                        };
                        /**
                         * @description a dotted path into the JSON (`data.items`); '' for the whole
                         * @default
                         */
                        recordsPath?: string;
                        /**
                         * @description a Jolt (chainr) spec applied to each record
                         * @default null
                         */
                        transform?: unknown[] | null;
                        /** @enum {unknown} */
                        target: "registrations" | "profiles" | "events";
                        /** @default null */
                        checkpoint?: {
                            initial: string;
                            /** @enum {unknown} */
                            from: "records" | "body";
                            /** @description a dotted path into the JSON (`data.items`); '' for the whole */
                            path: string;
                        } | null;
                        /**
                         * @default active
                         * @enum {unknown}
                         */
                        state?: "active" | "paused";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            connection: string;
                            url: string;
                            /** @enum {unknown} */
                            method: "GET" | "POST";
                            headers: {
                                [key: string]: string;
                            };
                            body: string | null;
                            schedule: {
                                every?: number;
                                cron?: string;
                            };
                            timeoutMs: number;
                            maxPages: number;
                            rateLimit: number | null;
                            pagination: {
                                /** @enum {unknown} */
                                type: "page" | "offset" | "cursor" | "next_link" | "link_header";
                                first?: number;
                                limit?: number;
                                path?: string;
                            };
                            recordsPath: string;
                            /** @description the Jolt spec, or null */
                            transform: unknown;
                            /** @enum {unknown} */
                            target: "registrations" | "profiles" | "events";
                            checkpoint: {
                                initial: string;
                                /** @enum {unknown} */
                                from: "records" | "body";
                                path: string;
                            } | null;
                            /** @enum {unknown} */
                            state: "active" | "paused";
                            /** @description the checkpoint the next run starts from; null until a run succeeded (then the initial value) */
                            checkpointValue: string | null;
                            nextRunAt: string;
                            /** @description failed runs in a row */
                            failures: number;
                            lastRunId: number | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a fetch job and its history */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fetch-jobs/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run an active job now, whatever its schedule or backoff (409 when paused) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            connection: string;
                            url: string;
                            /** @enum {unknown} */
                            method: "GET" | "POST";
                            headers: {
                                [key: string]: string;
                            };
                            body: string | null;
                            schedule: {
                                every?: number;
                                cron?: string;
                            };
                            timeoutMs: number;
                            maxPages: number;
                            rateLimit: number | null;
                            pagination: {
                                /** @enum {unknown} */
                                type: "page" | "offset" | "cursor" | "next_link" | "link_header";
                                first?: number;
                                limit?: number;
                                path?: string;
                            };
                            recordsPath: string;
                            /** @description the Jolt spec, or null */
                            transform: unknown;
                            /** @enum {unknown} */
                            target: "registrations" | "profiles" | "events";
                            checkpoint: {
                                initial: string;
                                /** @enum {unknown} */
                                from: "records" | "body";
                                path: string;
                            } | null;
                            /** @enum {unknown} */
                            state: "active" | "paused";
                            /** @description the checkpoint the next run starts from; null until a run succeeded (then the initial value) */
                            checkpointValue: string | null;
                            nextRunAt: string;
                            /** @description failed runs in a row */
                            failures: number;
                            lastRunId: number | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fetch-jobs/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause a job: a run in progress finishes; no other starts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            connection: string;
                            url: string;
                            /** @enum {unknown} */
                            method: "GET" | "POST";
                            headers: {
                                [key: string]: string;
                            };
                            body: string | null;
                            schedule: {
                                every?: number;
                                cron?: string;
                            };
                            timeoutMs: number;
                            maxPages: number;
                            rateLimit: number | null;
                            pagination: {
                                /** @enum {unknown} */
                                type: "page" | "offset" | "cursor" | "next_link" | "link_header";
                                first?: number;
                                limit?: number;
                                path?: string;
                            };
                            recordsPath: string;
                            /** @description the Jolt spec, or null */
                            transform: unknown;
                            /** @enum {unknown} */
                            target: "registrations" | "profiles" | "events";
                            checkpoint: {
                                initial: string;
                                /** @enum {unknown} */
                                from: "records" | "body";
                                path: string;
                            } | null;
                            /** @enum {unknown} */
                            state: "active" | "paused";
                            /** @description the checkpoint the next run starts from; null until a run succeeded (then the initial value) */
                            checkpointValue: string | null;
                            nextRunAt: string;
                            /** @description failed runs in a row */
                            failures: number;
                            lastRunId: number | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fetch-jobs/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a paused job */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            connection: string;
                            url: string;
                            /** @enum {unknown} */
                            method: "GET" | "POST";
                            headers: {
                                [key: string]: string;
                            };
                            body: string | null;
                            schedule: {
                                every?: number;
                                cron?: string;
                            };
                            timeoutMs: number;
                            maxPages: number;
                            rateLimit: number | null;
                            pagination: {
                                /** @enum {unknown} */
                                type: "page" | "offset" | "cursor" | "next_link" | "link_header";
                                first?: number;
                                limit?: number;
                                path?: string;
                            };
                            recordsPath: string;
                            /** @description the Jolt spec, or null */
                            transform: unknown;
                            /** @enum {unknown} */
                            target: "registrations" | "profiles" | "events";
                            checkpoint: {
                                initial: string;
                                /** @enum {unknown} */
                                from: "records" | "body";
                                path: string;
                            } | null;
                            /** @enum {unknown} */
                            state: "active" | "paused";
                            /** @description the checkpoint the next run starts from; null until a run succeeded (then the initial value) */
                            checkpointValue: string | null;
                            nextRunAt: string;
                            /** @description failed runs in a row */
                            failures: number;
                            lastRunId: number | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fetch-jobs/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A job's runs, newest first, a running one with its progress */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            runs: {
                                id: number;
                                jobId: number;
                                /** @enum {unknown} */
                                status: "running" | "succeeded" | "failed";
                                startedAt: string;
                                finishedAt: string | null;
                                /** @description why a failed run failed */
                                reason: string | null;
                                /** @description why a succeeded run stopped: empty page, no cursor, no next link, page limit */
                                stop: string | null;
                                /** @description a running run's next page */
                                position: {
                                    index: number;
                                    cursor: string | null;
                                    url: string | null;
                                } | null;
                                pages: number;
                                read: number;
                                created: number;
                                updated: number;
                                unchanged: number;
                                failed: number;
                                /** @description the first per-record errors */
                                errors: {
                                    page: number;
                                    index: number;
                                    code: string;
                                    message: string;
                                }[];
                                checkpointBefore: string | null;
                                checkpointAfter: string | null;
                            }[];
                            /** @description the next page, as `cursor` */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fetch-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A fetch run and its progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            jobId: number;
                            /** @enum {unknown} */
                            status: "running" | "succeeded" | "failed";
                            startedAt: string;
                            finishedAt: string | null;
                            /** @description why a failed run failed */
                            reason: string | null;
                            /** @description why a succeeded run stopped: empty page, no cursor, no next link, page limit */
                            stop: string | null;
                            /** @description a running run's next page */
                            position: {
                                index: number;
                                cursor: string | null;
                                url: string | null;
                            } | null;
                            pages: number;
                            read: number;
                            created: number;
                            updated: number;
                            unchanged: number;
                            failed: number;
                            /** @description the first per-record errors */
                            errors: {
                                page: number;
                                index: number;
                                code: string;
                                message: string;
                            }[];
                            checkpointBefore: string | null;
                            checkpointAfter: string | null;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fetch-jobs/{id}/dry-run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read the job's first page and show its records as they came, transformed, and checked; nothing is written */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            request: {
                                method: string;
                                url: string;
                            };
                            failure: string | null;
                            records: {
                                index: number;
                                raw: unknown;
                                record: unknown;
                                code: string;
                                problem: string | null;
                            }[];
                            next: {
                                index: number;
                                cursor: string | null;
                                url: string | null;
                            } | null;
                            stop: string | null;
                            checkpointBefore: string | null;
                            checkpointAfter: string | null;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/insights/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Summary tab: changes processed, unique registrations, actions, active flows, leads, registration activity, processing status */
        get: {
            parameters: {
                query?: {
                    /** @description Live Flows or Test Flows */
                    mode?: "live" | "test";
                    /** @description the last 15m, 1h, 4h or N days (1d to 31d); the default without from/to is 1d */
                    last?: string;
                    /** @description with `to`: any period (rounded out to whole minutes), at most 31 days */
                    from?: string;
                    to?: string;
                    /** @description one flow (by name) */
                    flow?: string;
                    /** @description one connection: narrows the figures about actions and attempts */
                    connection?: string;
                    eventCode?: string;
                    /** @description one failure category: narrows the figures about failures */
                    category?: "connection" | "config" | "validation" | "system" | "platform_api";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the period shown, in whole minutes */
                            period: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to: string;
                            };
                            /** @enum {unknown} */
                            mode: "live" | "test";
                            changesProcessed: number;
                            uniqueRegistrations: number;
                            actionsTriggered: number;
                            actionsNotTriggered: {
                                total: number;
                                byReason: {
                                    [key: string]: number;
                                };
                            };
                            activeFlows: number;
                            leadsCreated: number;
                            leadsUpdated: number;
                            registrationActivity: {
                                total: number;
                                byKind: {
                                    [key: string]: number;
                                };
                                series: {
                                    /** Format: date-time */
                                    at: string;
                                    counts: {
                                        [key: string]: number;
                                    };
                                }[];
                            };
                            processingStatus: {
                                successes: number;
                                failures: number;
                                series: {
                                    /** Format: date-time */
                                    at: string;
                                    counts: {
                                        [key: string]: number;
                                    };
                                }[];
                            };
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/insights/troubleshooting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Troubleshooting tab: the retry queue now; retries, abandoned, validation errors, retries by time and category, activity per connection, the likely causes of failures */
        get: {
            parameters: {
                query?: {
                    /** @description Live Flows or Test Flows */
                    mode?: "live" | "test";
                    /** @description the last 15m, 1h, 4h or N days (1d to 31d); the default without from/to is 1d */
                    last?: string;
                    /** @description with `to`: any period (rounded out to whole minutes), at most 31 days */
                    from?: string;
                    to?: string;
                    /** @description one flow (by name) */
                    flow?: string;
                    /** @description one connection: narrows the figures about actions and attempts */
                    connection?: string;
                    eventCode?: string;
                    /** @description one failure category: narrows the figures about failures */
                    category?: "connection" | "config" | "validation" | "system" | "platform_api";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the period shown, in whole minutes */
                            period: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to: string;
                            };
                            /** @enum {unknown} */
                            mode: "live" | "test";
                            inRetryQueue: number;
                            totalRetried: number;
                            retriedAbandoned: number;
                            validationErrors: number;
                            retryActivity: {
                                /** Format: date-time */
                                at: string;
                                counts: {
                                    [key: string]: number;
                                };
                            }[];
                            retryProcessingCategory: {
                                [key: string]: number;
                            };
                            connectionActivity: {
                                connection: string;
                                delivered: number;
                                failed: number;
                                series: {
                                    /** Format: date-time */
                                    at: string;
                                    delivered: number;
                                    failed: number;
                                }[];
                            }[];
                            /** @description why attempts failed over the period (retried, failed or abandoned), the most frequent first, in plain words; `failed_attempts` with `cause` drills down to them */
                            failureCauses: {
                                /** @enum {unknown} */
                                cause: "credentials" | "url_changed" | "target_down" | "target_api_changed" | "rate_limited" | "mapping" | "configuration" | "source_missing" | "internal";
                                count: number;
                                likely: string;
                                whatToDo: string;
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/insights/figures/{figure}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A figure's records (its drill-down), newest first: the same filters, and a registration code, a search, a reason or a kind
         * @description `total` counts the records under the filters: the figure itself when only the figure filters are given.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Live Flows or Test Flows */
                    mode?: "live" | "test";
                    /** @description the last 15m, 1h, 4h or N days (1d to 31d); the default without from/to is 1d */
                    last?: string;
                    /** @description with `to`: any period (rounded out to whole minutes), at most 31 days */
                    from?: string;
                    to?: string;
                    /** @description one flow (by name) */
                    flow?: string;
                    /** @description one connection: narrows the figures about actions and attempts */
                    connection?: string;
                    eventCode?: string;
                    /** @description one failure category: narrows the figures about failures */
                    category?: "connection" | "config" | "validation" | "system" | "platform_api";
                    registrationCode?: string;
                    search?: string;
                    /** @description actions_not_triggered: one reason */
                    reason?: string;
                    /** @description registration_activity: one kind of change */
                    kind?: "registration.created" | "registration.updated" | "registration.status_changed" | "session_registration.status_changed" | "event.created" | "event.updated" | "session.created" | "session.updated";
                    /** @description attempt figures (failed_attempts, failures, total_retried...): one likely cause */
                    cause?: "credentials" | "url_changed" | "target_down" | "target_api_changed" | "rate_limited" | "mapping" | "configuration" | "source_missing" | "internal";
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    figure: "changes_processed" | "actions_not_triggered" | "unique_registrations" | "actions_triggered" | "in_retry_queue" | "registration_activity" | "successes" | "failures" | "total_retried" | "retried_abandoned" | "validation_errors" | "leads_created" | "leads_updated" | "failed_attempts" | "active_flows";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the period shown, in whole minutes */
                            period: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to: string;
                            };
                            /** @enum {unknown} */
                            mode: "live" | "test";
                            figure: string;
                            total: number;
                            records: {
                                [key: string]: unknown;
                            }[];
                            /** @description the cursor of the next page; null on the last */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/insights/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Activity Feed: registrations processed by flows, newest first, with how each went (delivered, retrying, failed, pending, not triggered) */
        get: {
            parameters: {
                query?: {
                    /** @description Live Flows or Test Flows */
                    mode?: "live" | "test";
                    /** @description the last 15m, 1h, 4h or N days (1d to 31d); the default without from/to is 1d */
                    last?: string;
                    /** @description with `to`: any period (rounded out to whole minutes), at most 31 days */
                    from?: string;
                    to?: string;
                    /** @description one flow (by name) */
                    flow?: string;
                    /** @description one connection: narrows the figures about actions and attempts */
                    connection?: string;
                    eventCode?: string;
                    /** @description one failure category: narrows the figures about failures */
                    category?: "connection" | "config" | "validation" | "system" | "platform_api";
                    registrationCode?: string;
                    search?: string;
                    /** @description actions_not_triggered: one reason */
                    reason?: string;
                    /** @description registration_activity: one kind of change */
                    kind?: "registration.created" | "registration.updated" | "registration.status_changed" | "session_registration.status_changed" | "event.created" | "event.updated" | "session.created" | "session.updated";
                    /** @description attempt figures (failed_attempts, failures, total_retried...): one likely cause */
                    cause?: "credentials" | "url_changed" | "target_down" | "target_api_changed" | "rate_limited" | "mapping" | "configuration" | "source_missing" | "internal";
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the period shown, in whole minutes */
                            period: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to: string;
                            };
                            /** @enum {unknown} */
                            mode: "live" | "test";
                            records: {
                                [key: string]: unknown;
                            }[];
                            /** @description the cursor of the next page; null on the last */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alerts, oldest first: filter by state, kind, connection (pass the last id as `after`) */
        get: {
            parameters: {
                query?: {
                    state?: "open" | "acknowledged" | "resolved";
                    kind?: "failure_spike" | "all_failing" | "stuck_processing" | "recurring_daily";
                    connection?: string;
                    after?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alerts: {
                                id: number;
                                /** @enum {unknown} */
                                kind: "failure_spike" | "all_failing" | "stuck_processing" | "recurring_daily";
                                connection: string;
                                /**
                                 * @description the likely cause, in the monitoring guide’s words (see `likely` and `whatToDo`)
                                 * @enum {unknown}
                                 */
                                cause: "credentials" | "url_changed" | "target_down" | "target_api_changed" | "rate_limited" | "mapping" | "configuration" | "source_missing" | "internal";
                                /** @enum {unknown} */
                                state: "open" | "acknowledged" | "resolved";
                                title: string;
                                likely: string;
                                whatToDo: string;
                                /** @description What the detector saw: by kind, the deliveries and failing share of the window against the baseline (failure_spike), the failures in a row (all_failing), the deliveries stuck (stuck_processing), the time of day and days it recurred (recurring_daily) */
                                evidence: {
                                    /** @enum {unknown} */
                                    kind: "failure_spike" | "all_failing" | "stuck_processing" | "recurring_daily";
                                    deliveries?: number;
                                    failing?: number;
                                    rate?: number;
                                    baselineRate?: number;
                                    stuck?: number;
                                    timeOfDay?: string;
                                    days?: number;
                                    over?: number;
                                };
                                /** Format: date-time */
                                openedAt: string;
                                /**
                                 * Format: date-time
                                 * @description the latest evidence of its cause
                                 */
                                lastSeenAt: string;
                                /** Format: date-time */
                                acknowledgedAt: string | null;
                                /** Format: date-time */
                                resolvedAt: string | null;
                                /** @enum {unknown} */
                                resolvedBy: "cleared" | "person" | null;
                                /** @description when and how it was resolved, in a sentence */
                                resolution: string | null;
                                /** @description deliveries it lists as affected */
                                affected: number;
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alerts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An alert with its affected deliveries, a page at a time by delivery id (`nextAfter` is the next page’s `after`) */
        get: {
            parameters: {
                query?: {
                    after?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {unknown} */
                            kind: "failure_spike" | "all_failing" | "stuck_processing" | "recurring_daily";
                            connection: string;
                            /**
                             * @description the likely cause, in the monitoring guide’s words (see `likely` and `whatToDo`)
                             * @enum {unknown}
                             */
                            cause: "credentials" | "url_changed" | "target_down" | "target_api_changed" | "rate_limited" | "mapping" | "configuration" | "source_missing" | "internal";
                            /** @enum {unknown} */
                            state: "open" | "acknowledged" | "resolved";
                            title: string;
                            likely: string;
                            whatToDo: string;
                            /** @description What the detector saw: by kind, the deliveries and failing share of the window against the baseline (failure_spike), the failures in a row (all_failing), the deliveries stuck (stuck_processing), the time of day and days it recurred (recurring_daily) */
                            evidence: {
                                /** @enum {unknown} */
                                kind: "failure_spike" | "all_failing" | "stuck_processing" | "recurring_daily";
                                deliveries?: number;
                                failing?: number;
                                rate?: number;
                                baselineRate?: number;
                                stuck?: number;
                                timeOfDay?: string;
                                days?: number;
                                over?: number;
                            };
                            /** Format: date-time */
                            openedAt: string;
                            /**
                             * Format: date-time
                             * @description the latest evidence of its cause
                             */
                            lastSeenAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** @enum {unknown} */
                            resolvedBy: "cleared" | "person" | null;
                            /** @description when and how it was resolved, in a sentence */
                            resolution: string | null;
                            /** @description deliveries it lists as affected */
                            affected: number;
                            deliveries: {
                                id: number;
                                changeId: number;
                                flow: string | null;
                                destination: string;
                                connection: string;
                                eventCode: string;
                                /** @enum {unknown} */
                                status: "received" | "processing" | "retrying" | "delivered" | "failed";
                                /** @enum {unknown} */
                                queueStatus: "Retry" | "Error" | "Failed" | "Done" | null;
                                attempts: number;
                                /** @enum {unknown} */
                                failureCategory: "connection" | "config" | "validation" | "system" | "platform_api" | null;
                                failureMessage: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextAfter: number | null;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alerts/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Someone is on it: open becomes acknowledged (it still resolves when its cause clears); 409 once resolved */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {unknown} */
                            kind: "failure_spike" | "all_failing" | "stuck_processing" | "recurring_daily";
                            connection: string;
                            /**
                             * @description the likely cause, in the monitoring guide’s words (see `likely` and `whatToDo`)
                             * @enum {unknown}
                             */
                            cause: "credentials" | "url_changed" | "target_down" | "target_api_changed" | "rate_limited" | "mapping" | "configuration" | "source_missing" | "internal";
                            /** @enum {unknown} */
                            state: "open" | "acknowledged" | "resolved";
                            title: string;
                            likely: string;
                            whatToDo: string;
                            /** @description What the detector saw: by kind, the deliveries and failing share of the window against the baseline (failure_spike), the failures in a row (all_failing), the deliveries stuck (stuck_processing), the time of day and days it recurred (recurring_daily) */
                            evidence: {
                                /** @enum {unknown} */
                                kind: "failure_spike" | "all_failing" | "stuck_processing" | "recurring_daily";
                                deliveries?: number;
                                failing?: number;
                                rate?: number;
                                baselineRate?: number;
                                stuck?: number;
                                timeOfDay?: string;
                                days?: number;
                                over?: number;
                            };
                            /** Format: date-time */
                            openedAt: string;
                            /**
                             * Format: date-time
                             * @description the latest evidence of its cause
                             */
                            lastSeenAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** @enum {unknown} */
                            resolvedBy: "cleared" | "person" | null;
                            /** @description when and how it was resolved, in a sentence */
                            resolution: string | null;
                            /** @description deliveries it lists as affected */
                            affected: number;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alerts/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve an alert by hand (told as alert.resolved); resolving a resolved one changes nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {unknown} */
                            kind: "failure_spike" | "all_failing" | "stuck_processing" | "recurring_daily";
                            connection: string;
                            /**
                             * @description the likely cause, in the monitoring guide’s words (see `likely` and `whatToDo`)
                             * @enum {unknown}
                             */
                            cause: "credentials" | "url_changed" | "target_down" | "target_api_changed" | "rate_limited" | "mapping" | "configuration" | "source_missing" | "internal";
                            /** @enum {unknown} */
                            state: "open" | "acknowledged" | "resolved";
                            title: string;
                            likely: string;
                            whatToDo: string;
                            /** @description What the detector saw: by kind, the deliveries and failing share of the window against the baseline (failure_spike), the failures in a row (all_failing), the deliveries stuck (stuck_processing), the time of day and days it recurred (recurring_daily) */
                            evidence: {
                                /** @enum {unknown} */
                                kind: "failure_spike" | "all_failing" | "stuck_processing" | "recurring_daily";
                                deliveries?: number;
                                failing?: number;
                                rate?: number;
                                baselineRate?: number;
                                stuck?: number;
                                timeOfDay?: string;
                                days?: number;
                                over?: number;
                            };
                            /** Format: date-time */
                            openedAt: string;
                            /**
                             * Format: date-time
                             * @description the latest evidence of its cause
                             */
                            lastSeenAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            /** @enum {unknown} */
                            resolvedBy: "cleared" | "person" | null;
                            /** @description when and how it was resolved, in a sentence */
                            resolution: string | null;
                            /** @description deliveries it lists as affected */
                            affected: number;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alerts/{id}/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resubmit the alert’s affected deliveries that failed or are retrying, in one go (to the front of the queue) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            resubmitted: number;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where operational events go, and which */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the connection operational events are sent to; null: none */
                            connection: string | null;
                            /** @description which events; all of them when left out */
                            events: ("message.attempt.exhausted" | "endpoint.disabled" | "endpoint.enabled" | "alert.opened" | "alert.resolved" | "replay.finished" | "fetch.failing")[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Send operational events (message.attempt.exhausted, endpoint.disabled, endpoint.enabled, alert.opened, alert.resolved, replay.finished) to a connection, signed; null stops them */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the connection operational events are sent to; null: none */
                        connection: string | null;
                        /** @description which events; all of them when left out */
                        events?: ("message.attempt.exhausted" | "endpoint.disabled" | "endpoint.enabled" | "alert.opened" | "alert.resolved" | "replay.finished" | "fetch.failing")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the connection operational events are sent to; null: none */
                            connection: string | null;
                            /** @description which events; all of them when left out */
                            events: ("message.attempt.exhausted" | "endpoint.disabled" | "endpoint.enabled" | "alert.opened" | "alert.resolved" | "replay.finished" | "fetch.failing")[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Operational events recorded for the account, oldest first (pass `nextAfter` as `after`) */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "sent" | "dropped";
                    after?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: {
                                /** @description its webhook-id is evt_<id> */
                                id: number;
                                /** @enum {unknown} */
                                type: "message.attempt.exhausted" | "endpoint.disabled" | "endpoint.enabled" | "alert.opened" | "alert.resolved" | "replay.finished" | "fetch.failing";
                                connection: string;
                                /**
                                 * @description dropped: every send failed (see lastError)
                                 * @enum {unknown}
                                 */
                                status: "pending" | "sent" | "dropped";
                                /** @description sends tried */
                                attempts: number;
                                /** Format: date-time */
                                nextAttemptAt: string | null;
                                lastError: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                finishedAt: string | null;
                                /** @description the request body sent */
                                body: {
                                    /** @enum {unknown} */
                                    type: "message.attempt.exhausted" | "endpoint.disabled" | "endpoint.enabled" | "alert.opened" | "alert.resolved" | "replay.finished" | "fetch.failing";
                                    /** Format: date-time */
                                    timestamp: string;
                                    /** @description the event's own fields, by type */
                                    data: {
                                        [key: string]: unknown;
                                    };
                                };
                            }[];
                            nextAfter: number | null;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbound-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your inbound sources, by name */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sources: {
                                name: string;
                                /** @description where the publisher sends postbacks (POST); unguessable, so keep it as you would a secret */
                                url: string;
                                verification: {
                                    /** @enum {unknown} */
                                    type: "none" | "standard_webhooks" | "hmac" | "basic" | "api_key";
                                } & {
                                    [key: string]: unknown;
                                };
                                match: {
                                    /**
                                     * @description `code`: the registration with this code; `email`: every registration of the account's people with this email
                                     * @enum {unknown}
                                     */
                                    by: "code" | "email";
                                    /** @description the tag (of the flattened body) holding it: `registration_code`, `lead.email`, `items.0.ref` */
                                    path: string;
                                };
                                holdSeconds: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbound-sources/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An inbound source and its URL */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            /** @description where the publisher sends postbacks (POST); unguessable, so keep it as you would a secret */
                            url: string;
                            verification: {
                                /** @enum {unknown} */
                                type: "none" | "standard_webhooks" | "hmac" | "basic" | "api_key";
                            } & {
                                [key: string]: unknown;
                            };
                            match: {
                                /**
                                 * @description `code`: the registration with this code; `email`: every registration of the account's people with this email
                                 * @enum {unknown}
                                 */
                                by: "code" | "email";
                                /** @description the tag (of the flattened body) holding it: `registration_code`, `lead.email`, `items.0.ref` */
                                path: string;
                            };
                            holdSeconds: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Create or update an inbound source (its URL stays) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description how a call proves it comes from the publisher; the secret (secret, password or key) is required when a source is created or changes type, and never shown back */
                        verification: {
                            /** @enum {unknown} */
                            type: "none" | "standard_webhooks" | "hmac" | "basic" | "api_key";
                        } & (unknown & unknown & unknown & unknown & unknown);
                        match: {
                            /**
                             * @description `code`: the registration with this code; `email`: every registration of the account's people with this email
                             * @enum {unknown}
                             */
                            by: "code" | "email";
                            /** @description the tag (of the flattened body) holding it: `registration_code`, `lead.email`, `items.0.ref` */
                            path: string;
                        };
                        /** @description how long a postback waits for its registration to appear; 86400 (24 h) by default */
                        holdSeconds?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            /** @description where the publisher sends postbacks (POST); unguessable, so keep it as you would a secret */
                            url: string;
                            verification: {
                                /** @enum {unknown} */
                                type: "none" | "standard_webhooks" | "hmac" | "basic" | "api_key";
                            } & {
                                [key: string]: unknown;
                            };
                            match: {
                                /**
                                 * @description `code`: the registration with this code; `email`: every registration of the account's people with this email
                                 * @enum {unknown}
                                 */
                                by: "code" | "email";
                                /** @description the tag (of the flattened body) holding it: `registration_code`, `lead.email`, `items.0.ref` */
                                path: string;
                            };
                            holdSeconds: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            /** @description where the publisher sends postbacks (POST); unguessable, so keep it as you would a secret */
                            url: string;
                            verification: {
                                /** @enum {unknown} */
                                type: "none" | "standard_webhooks" | "hmac" | "basic" | "api_key";
                            } & {
                                [key: string]: unknown;
                            };
                            match: {
                                /**
                                 * @description `code`: the registration with this code; `email`: every registration of the account's people with this email
                                 * @enum {unknown}
                                 */
                                by: "code" | "email";
                                /** @description the tag (of the flattened body) holding it: `registration_code`, `lead.email`, `items.0.ref` */
                                path: string;
                            };
                            holdSeconds: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Delete an inbound source (its postbacks stay in the log) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbound-sources/{name}/rotate-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give the source a new URL; the old one answers 404 from now on */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            /** @description where the publisher sends postbacks (POST); unguessable, so keep it as you would a secret */
                            url: string;
                            verification: {
                                /** @enum {unknown} */
                                type: "none" | "standard_webhooks" | "hmac" | "basic" | "api_key";
                            } & {
                                [key: string]: unknown;
                            };
                            match: {
                                /**
                                 * @description `code`: the registration with this code; `email`: every registration of the account's people with this email
                                 * @enum {unknown}
                                 */
                                by: "code" | "email";
                                /** @description the tag (of the flattened body) holding it: `registration_code`, `lead.email`, `items.0.ref` */
                                path: string;
                            };
                            holdSeconds: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/postbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The postback log, newest first */
        get: {
            parameters: {
                query?: {
                    source?: string;
                    outcome?: "accepted" | "attached" | "held" | "expired" | "unmatched" | "rejected";
                    cause?: "verification_failed" | "unparsable" | "too_large" | "duplicate";
                    /** @description attached to this registration, or waiting for it */
                    registration?: string;
                    /** @description received at or after */
                    from?: string;
                    /** @description received before */
                    to?: string;
                    /** @description text anywhere in the body, whatever its case */
                    search?: string;
                    /** @description the previous page’s nextCursor */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            postbacks: {
                                id: number;
                                /** @description the inbound source's name */
                                source: string;
                                /** Format: date-time */
                                receivedAt: string;
                                /**
                                 * @description accepted (waiting to be attached), attached, held (its registration does not exist yet), expired (it never appeared), unmatched (no match key in the body), rejected (see cause)
                                 * @enum {unknown}
                                 */
                                outcome: "accepted" | "attached" | "held" | "expired" | "unmatched" | "rejected";
                                /**
                                 * @description why it was rejected
                                 * @enum {unknown}
                                 */
                                cause?: "verification_failed" | "unparsable" | "too_large" | "duplicate";
                                /** @description attached: the registrations it reached */
                                registrations?: string[];
                                /**
                                 * Format: date-time
                                 * @description held: until when it waits
                                 */
                                holdUntil?: string;
                                /** @description what the call was answered */
                                status: number;
                                /** @description why it was rejected, held, expired or unmatched, in words */
                                detail: string | null;
                                contentType: string | null;
                                /** @description as received, credentials redacted */
                                headers: {
                                    [key: string]: string;
                                };
                                /** @description the body as received (empty when it was too large) */
                                body: string;
                                /** @description the body as key:value tags (nested keys joined with dots, arrays indexed); null until it was parsed */
                                tags: {
                                    [key: string]: string;
                                } | null;
                                /** Format: date-time */
                                processedAt: string | null;
                            }[];
                            /** @description the cursor of the next page; null on the last */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/postbacks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One postback: headers, body, tags, outcome */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @description the inbound source's name */
                            source: string;
                            /** Format: date-time */
                            receivedAt: string;
                            /**
                             * @description accepted (waiting to be attached), attached, held (its registration does not exist yet), expired (it never appeared), unmatched (no match key in the body), rejected (see cause)
                             * @enum {unknown}
                             */
                            outcome: "accepted" | "attached" | "held" | "expired" | "unmatched" | "rejected";
                            /**
                             * @description why it was rejected
                             * @enum {unknown}
                             */
                            cause?: "verification_failed" | "unparsable" | "too_large" | "duplicate";
                            /** @description attached: the registrations it reached */
                            registrations?: string[];
                            /**
                             * Format: date-time
                             * @description held: until when it waits
                             */
                            holdUntil?: string;
                            /** @description what the call was answered */
                            status: number;
                            /** @description why it was rejected, held, expired or unmatched, in words */
                            detail: string | null;
                            contentType: string | null;
                            /** @description as received, credentials redacted */
                            headers: {
                                [key: string]: string;
                            };
                            /** @description the body as received (empty when it was too large) */
                            body: string;
                            /** @description the body as key:value tags (nested keys joined with dots, arrays indexed); null until it was parsed */
                            tags: {
                                [key: string]: string;
                            } | null;
                            /** Format: date-time */
                            processedAt: string | null;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/postbacks/{id}/reprocess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Process a postback again with its source as it is now
         * @description For one whose verification failed (checked again, with its stored body and credentials, as of when it arrived), or one held, expired or unmatched (matched again, with a fresh hold). 409 for the others.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @description the inbound source's name */
                            source: string;
                            /** Format: date-time */
                            receivedAt: string;
                            /**
                             * @description accepted (waiting to be attached), attached, held (its registration does not exist yet), expired (it never appeared), unmatched (no match key in the body), rejected (see cause)
                             * @enum {unknown}
                             */
                            outcome: "accepted" | "attached" | "held" | "expired" | "unmatched" | "rejected";
                            /**
                             * @description why it was rejected
                             * @enum {unknown}
                             */
                            cause?: "verification_failed" | "unparsable" | "too_large" | "duplicate";
                            /** @description attached: the registrations it reached */
                            registrations?: string[];
                            /**
                             * Format: date-time
                             * @description held: until when it waits
                             */
                            holdUntil?: string;
                            /** @description what the call was answered */
                            status: number;
                            /** @description why it was rejected, held, expired or unmatched, in words */
                            detail: string | null;
                            contentType: string | null;
                            /** @description as received, credentials redacted */
                            headers: {
                                [key: string]: string;
                            };
                            /** @description the body as received (empty when it was too large) */
                            body: string;
                            /** @description the body as key:value tags (nested keys joined with dots, arrays indexed); null until it was parsed */
                            tags: {
                                [key: string]: string;
                            } | null;
                            /** Format: date-time */
                            processedAt: string | null;
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inspector/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The requests the demo's built-in inspector received for this account's connections, newest first */
        get: {
            parameters: {
                query?: {
                    bin?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            requests: {
                                id: number;
                                /** Format: date-time */
                                receivedAt: string;
                                /** @description the inspector bin: one demo connection's address (`/inspector/<bin>`) */
                                bin: string;
                                method: string;
                                /** @description the path and query, as received */
                                path: string;
                                /** @description as received, by lower-case name */
                                headers: {
                                    [key: string]: string;
                                };
                                /** @description the body as received, as text */
                                body: string;
                                /** @description the status the inspector answered (503 while failing on purpose) */
                                status: number;
                            }[];
                        };
                    };
                };
                /** @description The request was refused: `error` is a code of the catalogue, `message` says why */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Hookflow failed (HF_INTERNAL); it has been logged */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
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
        /** @description A target field: a key of the payload, filled from value parts or from child fields */
        field: {
            name: string;
            /** @enum {unknown} */
            type: "string" | "number" | "boolean" | "object" | "array_of_strings" | "array_of_numbers" | "array_of_objects" | "array_of_booleans";
            /** @description a render without a value fails with required_missing */
            required?: boolean;
            /** @description applied in order, to text */
            transforms?: ("lower" | "proper" | "upper" | "trim" | "first_link_title" | "first_link_url")[];
            /** @description for an array type: the list source it iterates, one element per item */
            each?: string;
            /** @description for a scalar or an array of scalars; the parts concatenate */
            value?: components["schemas"]["valuePart"][];
            /** @description for an object, or each element of an array of objects */
            fields?: components["schemas"]["field"][];
        };
        /** @description A source (`{ "kind": "source", "source": "profile.email" }`) or fixed text (`{ "kind": "text", "text": " @ " }`) */
        valuePart: {
            /** @enum {unknown} */
            kind: "source" | "text";
            source?: string;
            text?: string;
        };
        Error: {
            /**
             * @description a code of the catalogue: it names the kind of failure, and fixes the status
             * @enum {unknown}
             */
            error: "HF_BAD_REQUEST" | "HF_BAD_JOLT_SPEC" | "HF_UNAUTHORIZED" | "HF_FORBIDDEN" | "HF_NOT_FOUND" | "HF_CONFLICT" | "HF_TOO_LARGE" | "HF_UNSUPPORTED_MEDIA_TYPE" | "HF_UNKNOWN_REFERENCE" | "HF_TAG_NOT_APPLICABLE" | "HF_TOO_MANY_TAGS" | "HF_INVALID_VALUE" | "HF_READ_ONLY" | "HF_TARGET_REFUSED" | "HF_INTERNAL";
            /** @description what went wrong, naming the field: `body/profile/email must be string` */
            message: string;
            /** @description the field it is about, as a path (`profile/email`), when there is one */
            field?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
