package cn.weihai.lianbao.shared;

/** 新建 / 改建 / 扩建. */
public enum ConstructionType {
    NEW, REBUILD, EXTENSION
}
