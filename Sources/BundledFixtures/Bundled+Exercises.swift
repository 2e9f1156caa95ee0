extension Bundled {
    /// Bundled practice exercises by name (file name without `.yaml`), in
    /// the order `thirsty practice` runs them: first messages, follow-ups,
    /// pitches and declines, answering a question, then genuine questions.
    public static var exercises: [(name: String, yaml: [UInt8])] {
        [
            ("first-message-just-connected", PackageResources.first_message_just_connected_yaml),
            ("first-message-after-engaging", PackageResources.first_message_after_engaging_yaml),
            ("follow-up-no-reply", PackageResources.follow_up_no_reply_yaml),
            ("welcome-a-new-connection", PackageResources.welcome_a_new_connection_yaml),
            ("follow-up-after-an-introduction", PackageResources.follow_up_after_an_introduction_yaml),
            ("thank-a-useful-connection", PackageResources.thank_a_useful_connection_yaml),
            ("answer-investment-pitch", PackageResources.answer_investment_pitch_yaml),
            ("reply-to-nudge-storm", PackageResources.reply_to_nudge_storm_yaml),
            ("end-the-nudge-storm", PackageResources.end_the_nudge_storm_yaml),
            ("decline-sales-pitch", PackageResources.decline_sales_pitch_yaml),
            ("decline-speaking-invitation", PackageResources.decline_speaking_invitation_yaml),
            ("decline-cold-pitch", PackageResources.decline_cold_pitch_yaml),
            ("decline-a-purposeless-zoom", PackageResources.decline_a_purposeless_zoom_yaml),
            ("decline-mentorship-request", PackageResources.decline_mentorship_request_yaml),
            ("answer-a-good-question", PackageResources.answer_a_good_question_yaml),
            ("question-for-a-data-expert", PackageResources.question_for_a_data_expert_yaml),
            ("question-old-connection", PackageResources.question_old_connection_yaml),
        ]
    }

    /// Inboxes written for exercises (`Fixtures/exercises/scenes/`), by
    /// name; exercises name them in `scene:`.
    public static var exerciseScenes: [(name: String, yaml: [UInt8])] {
        [
            ("practice-studio", PackageResources.practice_studio_yaml),
        ]
    }
}
