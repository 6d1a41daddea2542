/* test_metrics.c - the Prometheus text of the kiosk's state: which
 * actions count as a visitor's, and the lines a known state gives, pinned
 * whole (promtool checks the live file's syntax in tests/e2e/fleet.sh). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include "core/metrics.h"

/* Three Right keys, one L, one tap, one tap on the speaker button: 6
 * actions; time and the hours are not a visitor's. */
static void test_counts_only_a_visitors_actions(void **state)
{
    (void)state;
    metrics_counts_t c = {0};
    metrics_count_interaction(&c, METRICS_INPUT_KEY, SM_EV_NEXT, 1000);
    metrics_count_interaction(&c, METRICS_INPUT_KEY, SM_EV_NEXT, 2000);
    metrics_count_interaction(&c, METRICS_INPUT_KEY, SM_EV_NEXT, 3000);
    metrics_count_interaction(&c, METRICS_INPUT_KEY, SM_EV_LANG, 4000);
    metrics_count_interaction(&c, METRICS_INPUT_TOUCH, SM_EV_PREV, 5000);
    metrics_count_interaction(&c, METRICS_INPUT_KEY, SM_EV_TICK, 6000);
    metrics_count_interaction(&c, METRICS_INPUT_KEY, SM_EV_CLOSE, 7000);
    metrics_count_interaction(&c, METRICS_INPUT_KEY, SM_EV_OPEN, 8000);
    metrics_count_interaction(&c, METRICS_INPUT_TOUCH, SM_EV_NARRATE, 5500);
    assert_int_equal(c.interactions[METRICS_INPUT_KEY][0], 3);
    assert_int_equal(c.interactions[METRICS_INPUT_TOUCH][6], 1);
    assert_string_equal(metrics_action_name(6), "narration");
    assert_int_equal(c.interactions[METRICS_INPUT_KEY][5], 1);
    assert_int_equal(c.interactions[METRICS_INPUT_TOUCH][1], 1);
    assert_int_equal(c.interactions[METRICS_INPUT_TOUCH][0], 0);
    assert_true(c.interacted);
    assert_int_equal(c.last_interaction_ms, 5500);
}

static metrics_t sample(void)
{
    metrics_t m = {0};
    m.up = true;
    m.version = "v1";
    m.state = SM_BROWSE;
    m.slide = 4;
    m.slides = 24;
    m.lang = LANG_EN;
    m.content_fnv1a = 0x0123456789abcdefu;
    m.content_bytes = 52345;
    m.counts.interactions[METRICS_INPUT_KEY][0] = 3;
    m.counts.interactions[METRICS_INPUT_TOUCH][5] = 2;
    m.counts.interactions[METRICS_INPUT_TOUCH][6] = 1;
    m.counts.interacted = true;
    m.counts.last_interaction_ms = 61500;
    m.counts.reloads = 2;
    m.counts.reloads_refused = 7;
    m.counts.content_wall_ms = 1767603600250;
    m.now_ms = 90001;
    m.wall_ms = 1767603690001;
    m.power.on = false;
    m.power.errors = 1;
    m.watchdog = true;
    m.watchdog_ping_wall_ms = 1767603688000;
    return m;
}

/* The sample's text, every line: a change here is a change every
 * dashboard and alert of a fleet sees. */
static const char expected[] =
    "# HELP kiosk_up 1 while the kiosk runs; 0 in the file left by a clean exit\n"
    "# TYPE kiosk_up gauge\nkiosk_up 1\n"
    "# HELP kiosk_build_info the kiosk's build, as a label\n"
    "# TYPE kiosk_build_info gauge\nkiosk_build_info{version=\"v1\"} 1\n"
    "# HELP kiosk_uptime_seconds time since the kiosk started\n"
    "# TYPE kiosk_uptime_seconds gauge\nkiosk_uptime_seconds 90.001\n"
    "# HELP kiosk_start_time_seconds wall time the kiosk started, since the epoch\n"
    "# TYPE kiosk_start_time_seconds gauge\nkiosk_start_time_seconds 1767603600.000\n"
    "# HELP kiosk_state 1 for the state the slideshow is in\n# TYPE kiosk_state gauge\n"
    "kiosk_state{state=\"attract\"} 0\nkiosk_state{state=\"browse\"} 1\n"
    "kiosk_state{state=\"paused\"} 0\nkiosk_state{state=\"sleep\"} 0\n"
    "# HELP kiosk_slide the slide on show, from 1\n# TYPE kiosk_slide gauge\nkiosk_slide 4\n"
    "# HELP kiosk_slides the slides in the show\n# TYPE kiosk_slides gauge\nkiosk_slides 24\n"
    "# HELP kiosk_language 1 for the language on show\n# TYPE kiosk_language gauge\n"
    "kiosk_language{language=\"es\"} 0\nkiosk_language{language=\"en\"} 1\n"
    "# HELP kiosk_content_info the content on show: FNV-1a 64 of its bytes, and their number\n"
    "# TYPE kiosk_content_info gauge\n"
    "kiosk_content_info{fnv1a=\"0123456789abcdef\",bytes=\"52345\"} 1\n"
    "# HELP kiosk_content_loaded_timestamp_seconds wall time the content on show was loaded (start or reload)\n"
    "# TYPE kiosk_content_loaded_timestamp_seconds gauge\n"
    "kiosk_content_loaded_timestamp_seconds 1767603600.250\n"
    "# HELP kiosk_content_reloads_total new content versions switched to\n"
    "# TYPE kiosk_content_reloads_total counter\nkiosk_content_reloads_total 2\n"
    "# HELP kiosk_content_reloads_refused_total content versions refused (invalid, unreadable, missing)\n"
    "# TYPE kiosk_content_reloads_refused_total counter\nkiosk_content_reloads_refused_total 7\n"
    "# HELP kiosk_interactions_total a visitor's actions, by input and action\n"
    "# TYPE kiosk_interactions_total counter\n"
    "kiosk_interactions_total{input=\"key\",action=\"next\"} 3\n"
    "kiosk_interactions_total{input=\"key\",action=\"previous\"} 0\n"
    "kiosk_interactions_total{input=\"key\",action=\"first\"} 0\n"
    "kiosk_interactions_total{input=\"key\",action=\"last\"} 0\n"
    "kiosk_interactions_total{input=\"key\",action=\"pause\"} 0\n"
    "kiosk_interactions_total{input=\"key\",action=\"language\"} 0\n"
    "kiosk_interactions_total{input=\"key\",action=\"narration\"} 0\n"
    "kiosk_interactions_total{input=\"touch\",action=\"next\"} 0\n"
    "kiosk_interactions_total{input=\"touch\",action=\"previous\"} 0\n"
    "kiosk_interactions_total{input=\"touch\",action=\"first\"} 0\n"
    "kiosk_interactions_total{input=\"touch\",action=\"last\"} 0\n"
    "kiosk_interactions_total{input=\"touch\",action=\"pause\"} 0\n"
    "kiosk_interactions_total{input=\"touch\",action=\"language\"} 2\n"
    "kiosk_interactions_total{input=\"touch\",action=\"narration\"} 1\n"
    "# HELP kiosk_last_interaction_age_seconds time since a visitor's last action (since the start if none)\n"
    "# TYPE kiosk_last_interaction_age_seconds gauge\nkiosk_last_interaction_age_seconds 28.501\n"
    "# HELP kiosk_display_power 1 for the panel's power; off only while closed, on purpose\n"
    "# TYPE kiosk_display_power gauge\n"
    "kiosk_display_power{state=\"on\"} 0\nkiosk_display_power{state=\"off\"} 1\n"
    "# HELP kiosk_display_power_errors_total panel power requests that failed (command or DPMS)\n"
    "# TYPE kiosk_display_power_errors_total counter\nkiosk_display_power_errors_total 1\n"
    "# HELP kiosk_watchdog_enabled 1 when a service manager's watchdog is pinged\n"
    "# TYPE kiosk_watchdog_enabled gauge\nkiosk_watchdog_enabled 1\n"
    "# HELP kiosk_watchdog_last_ping_timestamp_seconds wall time of the last watchdog ping; 0 if none\n"
    "# TYPE kiosk_watchdog_last_ping_timestamp_seconds gauge\n"
    "kiosk_watchdog_last_ping_timestamp_seconds 1767603688.000\n";

static void test_formats_every_metric(void **state)
{
    (void)state;
    static char buf[METRICS_TEXT_MAX];
    metrics_t m = sample();
    size_t n = metrics_format(&m, buf, sizeof buf);
    assert_string_equal(buf, expected);
    assert_int_equal(n, strlen(expected));
}

/* No interaction yet: the age is the uptime. */
static void test_age_without_interaction_is_the_uptime(void **state)
{
    (void)state;
    static char buf[METRICS_TEXT_MAX];
    metrics_t m = sample();
    m.counts.interacted = false;
    metrics_format(&m, buf, sizeof buf);
    assert_non_null(strstr(buf, "\nkiosk_last_interaction_age_seconds 90.001\n"));
}

/* A buffer one byte short gives nothing, never a file cut in the middle. */
static void test_too_small_a_buffer_gives_nothing(void **state)
{
    (void)state;
    static char buf[METRICS_TEXT_MAX];
    metrics_t m = sample();
    size_t n = metrics_format(&m, buf, sizeof buf);
    assert_int_equal(metrics_format(&m, buf, n), 0);
    assert_string_equal(buf, "");
    assert_int_equal(metrics_format(&m, buf, n + 1), n);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counts_only_a_visitors_actions),
        cmocka_unit_test(test_formats_every_metric),
        cmocka_unit_test(test_age_without_interaction_is_the_uptime),
        cmocka_unit_test(test_too_small_a_buffer_gives_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
