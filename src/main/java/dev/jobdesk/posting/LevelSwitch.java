package dev.jobdesk.posting;

import dev.jobdesk.catalog.JobTemplate;
import dev.jobdesk.catalog.Section;
import dev.jobdesk.catalog.Seniority;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A form retargeted to the level its seniority now names: every text the template words per level
 * (the years, the role summary, the level's responsibilities, a must-have's years, a KPI's target)
 * moves from the old level's wording to the new one's. Where the manager reworded such a text, their
 * wording stays, and {@link #keptWordings} says what the new level's template reads there instead.
 */
public record LevelSwitch(PostingForm form, Seniority from, List<KeptWording> keptWordings) {

    /** Where the manager's wording was kept, and what the new level's template reads there. */
    public record KeptWording(String where, String levelText) {
    }

    /** {@code typed} moved to the level of its seniority, or as it is when that is the level it holds. */
    public static LevelSwitch of(PostingForm typed, JobTemplate template) {
        Optional<Seniority> from = typed.levelWordedFor();
        Optional<Seniority> to = typed.chosenLevel();
        if (from.isEmpty() || to.isEmpty() || from.get() == to.get()) {
            return new LevelSwitch(typed, null, List.of());
        }
        return new Retargeting(template, from.get(), to.get()).apply(typed);
    }

    public boolean happened() {
        return from != null;
    }

    private static final class Retargeting {

        private final JobTemplate template;
        private final Seniority from;
        private final Seniority to;
        private final List<KeptWording> kept = new ArrayList<>();

        Retargeting(JobTemplate template, Seniority from, Seniority to) {
            this.template = template;
            this.from = from;
            this.to = to;
        }

        LevelSwitch apply(PostingForm typed) {
            String experience = text("Experience", typed.experience(), template.level(from).experience,
                    template.level(to).experience);
            String summary = typed.roleSummary();
            Map<Section, List<String>> bullets = new EnumMap<>(typed.bullets());
            bullets.put(Section.LEVEL, levelRows(typed.bullets().get(Section.LEVEL)));
            List<PostingForm.KpiRow> kpis = new ArrayList<>(typed.kpis());
            for (JobTemplate.VaryingText varying : template.varyingTexts()) {
                String before = varying.at(from);
                String after = varying.at(to);
                if (varying.isRoleSummary()) {
                    summary = text("Role summary", summary, before, after);
                } else if (varying.section() != null) {
                    bullets.put(varying.section(), line(varying.section(), bullets.get(varying.section()), before, after));
                } else {
                    target(kpis, varying.kpiMetric(), before, after);
                }
            }
            return new LevelSwitch(typed.retargeted(to, experience, summary, bullets, kpis), from, List.copyOf(kept));
        }

        private String text(String what, String typed, String before, String after) {
            if (typed.isBlank() || same(typed, before)) {
                return after;
            }
            if (!same(typed, after)) {
                kept.add(new KeptWording(what, after));
            }
            return typed;
        }

        private List<String> line(Section section, List<String> rows, String before, String after) {
            List<String> moved = new ArrayList<>(rows);
            for (int i = 0; i < moved.size(); i++) {
                if (same(moved.get(i), before)) {
                    moved.set(i, after);
                    return moved;
                }
            }
            if (moved.stream().noneMatch(row -> same(row, after))) {
                kept.add(new KeptWording(section.label(), after));
            }
            return moved;
        }

        private void target(List<PostingForm.KpiRow> kpis, String metric, String before, String after) {
            for (int i = 0; i < kpis.size(); i++) {
                PostingForm.KpiRow kpi = kpis.get(i);
                if (same(kpi.kpiMetric(), metric) && same(kpi.kpiTarget(), before)) {
                    kpis.set(i, new PostingForm.KpiRow(kpi.kpiMetric(), after));
                    return;
                }
            }
            if (kpis.stream().noneMatch(kpi -> same(kpi.kpiMetric(), metric) && same(kpi.kpiTarget(), after))) {
                kept.add(new KeptWording("KPI target for “" + metric + "”", after));
            }
        }

        /**
         * The old level's responsibilities make way for the new level's, where the first of them stood;
         * lines the manager wrote stay, and are mentioned, since they were written for the old level.
         */
        private List<String> levelRows(List<String> rows) {
            List<String> before = template.level(from).responsibilities;
            List<String> moved = new ArrayList<>();
            int at = -1;
            int own = 0;
            for (String row : rows) {
                if (before.stream().anyMatch(line -> same(line, row))) {
                    at = at < 0 ? moved.size() : at;
                } else if (!row.isBlank()) {
                    moved.add(row);
                    own++;
                }
            }
            moved.addAll(Math.max(at, 0), template.level(to).responsibilities);
            if (own > 0) {
                kept.add(new KeptWording("Responsibilities at this level", own == 1
                        ? "one line you wrote for the " + from.levelName() + " level is still listed"
                        : own + " lines you wrote for the " + from.levelName() + " level are still listed"));
            }
            return moved;
        }

        private static boolean same(String typed, String template) {
            return template != null && typed.strip().equals(template.strip());
        }
    }
}
