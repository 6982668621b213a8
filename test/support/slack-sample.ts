/** The guide's "Example JSON" (advanced-webhooks-guide.txt, Example Mapping from Pasted JSON). */
export const SLACK_SAMPLE = `{
  "attachments": [
    {
      "author_name": "Sample Event Survey",
      "color": "#FF8C00",
      "pretext": "*Event Name:* My Test Event \`Event Survey Response\`",
      "text": "Survey responses below:",
      "fields": [
        {
          "short": "true",
          "title": "Testing",
          "value": "Correct"
        }
      ],
      "title": "Attendee: Matt Cash (75876-4308060-1172)"
    }
  ]
}`;
