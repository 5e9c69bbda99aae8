package io.newsflow.enrich.extract;

/** Blocks that are mostly links: menus, related-article lists, tag clouds. */
final class LinkListRule implements BlockRule {
    @Override
    public String name() {
        return "link-list";
    }

    @Override
    public void apply(Page page) {
        for (Block b : page.blocks) {
            if (!b.removed && b.linkDensity() >= Thresholds.LINK_LIST_MIN_DENSITY) {
                b.remove(name(), "link list (navigation or related links)");
            }
        }
    }
}
